// expect: riemann_siegel, zeta_zeros
package main

import (
	"fmt"
	"math"
)

func theta(t float64) float64 {
	return t/2*math.Log(t/(2*math.Pi)) - t/2 - math.Pi/8 + 1/(48*t) + 7/(5760*t*t*t)
}

// z evaluates Hardy's Z function with the Riemann-Siegel main sum and the first correction term.
func z(t float64) float64 {
	a := math.Sqrt(t / (2 * math.Pi))
	n := math.Floor(a)
	sum := 0.0
	for k := 1.0; k <= n; k++ {
		sum += math.Cos(theta(t)-t*math.Log(k)) / math.Sqrt(k)
	}
	frac := a - n
	c0 := math.Cos(2*math.Pi*(frac*frac-frac-1.0/16)) / math.Cos(2*math.Pi*frac)
	sign := 1.0
	if int(n)%2 == 0 {
		sign = -1.0
	}
	return 2*sum + sign*math.Pow(t/(2*math.Pi), -0.25)*c0
}

func bisect(lo, hi float64) float64 {
	for i := 0; i < 60; i++ {
		mid := (lo + hi) / 2
		if z(lo)*z(mid) <= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return (lo + hi) / 2
}

func main() {
	step := 0.1
	for t := 10.0; t < 60; t += step {
		if z(t)*z(t+step) < 0 {
			fmt.Printf("zero near t = %.6f\n", bisect(t, t+step))
		}
	}
}
