// expect: gamma_function
package main

import (
	"fmt"
	"math"
)

// beta computes B(a, b) via log-gamma to avoid overflow.
func beta(a, b float64) float64 {
	la, _ := math.Lgamma(a)
	lb, _ := math.Lgamma(b)
	lab, _ := math.Lgamma(a + b)
	return math.Exp(la + lb - lab)
}

func main() {
	for _, x := range []float64{0.5, 1.5, 3, 4.5, 10} {
		fmt.Printf("Gamma(%.1f) = %.10f\n", x, math.Gamma(x))
	}
	fmt.Println("B(2,3) =", beta(2, 3))
}
