// expect: riemann_siegel
package main

import (
	"fmt"
	"math"
)

// Riemann-Siegel theta function, asymptotic expansion
func theta(t float64) float64 {
	return t/2*math.Log(t/(2*math.Pi)) - t/2 - math.Pi/8 + 1/(48*t) + 7/(5760*t*t*t)
}

func thetaPrime(t float64) float64 {
	return 0.5 * math.Log(t/(2*math.Pi))
}

// Gram point g_n: theta(g_n) = n*pi, solved by Newton's method
func gram(n int) float64 {
	t := 2 * math.Pi * math.Exp(1+lambertW((8*float64(n)+1)/(8*math.E)))
	for i := 0; i < 20; i++ {
		t -= (theta(t) - float64(n)*math.Pi) / thetaPrime(t)
	}
	return t
}

func lambertW(x float64) float64 {
	w := math.Log(1 + x)
	for i := 0; i < 30; i++ {
		w -= (w*math.Exp(w) - x) / (math.Exp(w) * (w + 1))
	}
	return w
}

func main() {
	for n := -1; n <= 10; n++ {
		g := gram(n)
		fmt.Printf("g_%-3d = %10.6f   theta = %10.6f\n", n, g, theta(g)/math.Pi)
	}
}
