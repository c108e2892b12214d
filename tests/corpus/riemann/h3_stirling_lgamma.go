// expect: gamma_function
package main

import (
	"fmt"
	"math"
)

// logGamma via the Stirling series, shifting the argument up first.
func logGamma(x float64) float64 {
	shift := 0.0
	for x < 10 {
		shift -= math.Log(x)
		x++
	}
	inv := 1 / x
	inv2 := inv * inv
	series := inv * (1.0/12 - inv2*(1.0/360-inv2*(1.0/1260-inv2/1680)))
	return shift + (x-0.5)*math.Log(x) - x + 0.5*math.Log(2*math.Pi) + series
}

func main() {
	for _, x := range []float64{0.5, 1, 3.7, 10, 25.5, 100} {
		lg, _ := math.Lgamma(x)
		fmt.Printf("x=%6.2f  stirling=%.12f  math.Lgamma=%.12f  Gamma=%g\n", x, logGamma(x), lg, math.Gamma(x))
	}
}
