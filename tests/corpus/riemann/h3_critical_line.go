// expect: critical_line, zeta_function
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// zeta evaluates the Riemann zeta function for Re(s) > 0 through the eta function.
func zeta(s complex128) complex128 {
	const n = 40
	var d [n + 1]float64
	// Borwein's coefficients
	sum := 0.0
	for i := 0; i <= n; i++ {
		sum += float64(n) * math.Pow(4, float64(i)) * fact(n+i-1) / (fact(n-i) * fact(2*i))
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
	return -acc / (complex(d[n], 0) * (1 - cmplx.Pow(2, 1-s)))
}

func fact(n int) float64 {
	f := 1.0
	for i := 2; i <= n; i++ {
		f *= float64(i)
	}
	return f
}

func main() {
	for t := 0.0; t <= 30; t += 0.5 {
		z := zeta(complex(0.5, t))
		fmt.Printf("t=%5.1f  Re=%9.5f Im=%9.5f |zeta|=%8.5f\n", t, real(z), imag(z), cmplx.Abs(z))
	}
}
