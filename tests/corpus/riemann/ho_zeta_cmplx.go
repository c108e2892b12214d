// expect: zeta_function, critical_line
package main

import (
	"fmt"
	"math/cmplx"
)

// eta computes the Dirichlet eta function with averaged partial sums.
func eta(s complex128, n int) complex128 {
	var sum, prev complex128
	sign := 1.0
	for k := 1; k <= n; k++ {
		prev = sum
		sum += complex(sign, 0) * cmplx.Pow(complex(float64(k), 0), -s)
		sign = -sign
	}
	return (sum + prev) / 2
}

func zeta(s complex128) complex128 {
	return eta(s, 100000) / (1 - cmplx.Pow(2, 1-s))
}

func main() {
	for t := 0.0; t <= 30; t += 1.5 {
		s := complex(0.5, t)
		fmt.Printf("t=%5.1f |zeta(1/2+it)|=%.6f\n", t, cmplx.Abs(zeta(s)))
	}
}
