// expect: zeta_function, critical_line, gamma_function
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// Borwein's algorithm 2 for the alternating series, then zeta = eta / (1 - 2^(1-s)).
func zeta(s complex128, n int) complex128 {
	d := make([]float64, n+1)
	sum := 0.0
	for i := 0; i <= n; i++ {
		sum += float64(n) * factRatio(n, i) * math.Pow(4, float64(i))
		d[i] = sum
	}
	var acc complex128
	for k := 0; k < n; k++ {
		sign := 1.0
		if k%2 == 1 {
			sign = -1
		}
		acc += complex(sign*(d[k]-d[n]), 0) / cmplx.Pow(complex(float64(k+1), 0), s)
	}
	eta := -acc / complex(d[n], 0)
	return eta / (1 - cmplx.Pow(2, 1-s))
}

func factRatio(n, i int) float64 {
	// (n+i-1)! / ((n-i)! (2i)!)
	lg1, _ := math.Lgamma(float64(n + i))
	lg2, _ := math.Lgamma(float64(n - i + 1))
	lg3, _ := math.Lgamma(float64(2*i + 1))
	return math.Exp(lg1 - lg2 - lg3)
}

func main() {
	for t := 0.0; t <= 30; t += 2.5 {
		z := zeta(complex(0.5, t), 40)
		fmt.Printf("t=%5.1f  zeta(1/2+it) = %9.5f %+9.5fi  |.|=%.5f\n", t, real(z), imag(z), cmplx.Abs(z))
	}
}
