// expect: gamma_function
package main

import (
	"fmt"
	"math"
)

func stirlingGamma(x float64) float64 {
	return math.Sqrt(2*math.Pi/x) * math.Pow(x/math.E, x) * (1 + 1/(12*x) + 1/(288*x*x))
}

func main() {
	for _, x := range []float64{1.5, 2, 5, 10, 20, 50, 100} {
		lg, _ := math.Lgamma(x)
		fmt.Printf("x=%6.1f Gamma=%.10g Stirling=%.10g lgamma=%.10f\n",
			x, math.Gamma(x), stirlingGamma(x), lg)
	}
}
