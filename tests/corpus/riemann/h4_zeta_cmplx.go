// expect: zeta_function, critical_line
package main

import (
	"fmt"
	"math/cmplx"
)

// zeta via the alternating Dirichlet eta series with Euler's transform (Borwein-like averaging).
func zeta(s complex128) complex128 {
	const n = 60
	var d [n + 1]float64
	// binomial partial sums for the Euler transform
	c := 1.0
	acc := 0.0
	for k := n; k >= 0; k-- {
		acc += c
		d[k] = acc
		c = c * float64(k) / float64(n-k+1)
	}
	var sum complex128
	for k := 0; k < n; k++ {
		term := complex(d[k+1], 0) / cmplx.Pow(complex(float64(k+1), 0), s)
		if k%2 == 1 {
			term = -term
		}
		sum += term
	}
	sum /= complex(d[0], 0)
	return sum / (1 - cmplx.Pow(2, 1-s))
}

func main() {
	for t := 0.0; t <= 40; t += 2 {
		z := zeta(complex(0.5, t))
		fmt.Printf("t=%5.1f |zeta(1/2+it)|=%.6f\n", t, cmplx.Abs(z))
	}
}
