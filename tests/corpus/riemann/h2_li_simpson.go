// expect: logarithmic_integral
package main

import (
	"fmt"
	"math"
)

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			s += 4 * f(x)
		} else {
			s += 2 * f(x)
		}
	}
	return s * h / 3
}

// Li(x) = integral from 2 to x of dt / ln t
func Li(x float64) float64 {
	return simpson(func(t float64) float64 { return 1 / math.Log(t) }, 2, x, 100000)
}

func main() {
	for _, x := range []float64{1e2, 1e3, 1e4, 1e5, 1e6} {
		fmt.Printf("%g %.3f\n", x, Li(x))
	}
}
