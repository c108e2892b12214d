// expect: zeta_function, critical_line
package main

import (
	"fmt"
	"math/cmplx"
)

// eta computes the alternating Dirichlet series with n^-s = exp(-s log n).
func eta(s complex128, terms int) complex128 {
	var sum complex128
	sign := 1.0
	for n := 1; n <= terms; n++ {
		term := cmplx.Exp(-s * cmplx.Log(complex(float64(n), 0)))
		sum += complex(sign, 0) * term
		sign = -sign
	}
	return sum
}

func zeta(s complex128) complex128 {
	return eta(s, 100000) / (1 - cmplx.Pow(2, 1-s))
}

func main() {
	const sigma = 0.5
	for t := 0.0; t <= 40; t += 1 {
		z := zeta(complex(sigma, t))
		fmt.Printf("t=%5.1f |zeta|=%.6f\n", t, cmplx.Abs(z))
	}
}
