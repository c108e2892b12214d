// expect: gamma_function
package main

import (
	"fmt"
	"math"
)

func beta(a, b float64) float64 {
	la, _ := math.Lgamma(a)
	lb, _ := math.Lgamma(b)
	lab, _ := math.Lgamma(a + b)
	return math.Exp(la + lb - lab)
}

func main() {
	fmt.Println(math.Gamma(0.5)*math.Gamma(0.5), math.Pi)
	for x := 1.0; x <= 6; x++ {
		fmt.Println(x, math.Gamma(x), beta(x, 2))
	}
	// reflection formula Gamma(z)Gamma(1-z) = pi/sin(pi z)
	z := 0.3
	fmt.Println(math.Gamma(z)*math.Gamma(1-z), math.Pi/math.Sin(math.Pi*z))
}
