// expect: logarithmic_integral
package main

import (
	"fmt"
	"math"
)

// offsetLi returns Li(x) = integral from 2 to x of dt / ln t using composite Simpson's rule.
func offsetLi(x float64, steps int) float64 {
	if steps%2 == 1 {
		steps++
	}
	a, b := 2.0, x
	h := (b - a) / float64(steps)
	f := func(t float64) float64 { return 1 / math.Log(t) }
	s := f(a) + f(b)
	for i := 1; i < steps; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4.0
		}
		s += w * f(a+float64(i)*h)
	}
	return s * h / 3
}

func main() {
	for _, x := range []float64{1e2, 1e3, 1e4, 1e5, 1e6} {
		fmt.Printf("Li(%g) = %.3f\n", x, offsetLi(x, 100000))
	}
}
