// expect: zeta_zeros
package main

import (
	"fmt"
	"math"
)

var ordinates = []float64{
	14.134725141734693, 21.022039638771555, 25.010857580145688,
	30.424876125859513, 32.935061587739189, 37.586178158825671,
	40.918719012147495, 43.327073280914999, 48.005150881167159,
	49.773832477672302,
}

// N(T) ~ T/2pi log(T/2pi) - T/2pi + 7/8
func backlund(T float64) float64 {
	x := T / (2 * math.Pi)
	return x*math.Log(x) - x + 7.0/8
}

func main() {
	for i, g := range ordinates {
		fmt.Printf("%2d %.12f N(T)=%.3f\n", i+1, g, backlund(g+1e-9))
	}
	gaps := make([]float64, len(ordinates)-1)
	for i := range gaps {
		gaps[i] = ordinates[i+1] - ordinates[i]
	}
	fmt.Println(gaps)
}
