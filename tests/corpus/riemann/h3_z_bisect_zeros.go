// expect: riemann_siegel, zeta_zeros
package main

import (
	"fmt"
	"math"
)

func rsTheta(t float64) float64 {
	return t/2*math.Log(t/(2*math.Pi)) - t/2 - math.Pi/8 + 1/(48*t) + 7/(5760*t*t*t)
}

func hardyZ(t float64) float64 {
	a := math.Sqrt(t / (2 * math.Pi))
	n := int(a)
	th := rsTheta(t)
	sum := 0.0
	for k := 1; k <= n; k++ {
		sum += math.Cos(th-t*math.Log(float64(k))) / math.Sqrt(float64(k))
	}
	p := a - float64(n)
	c0 := math.Cos(2*math.Pi*(p*p-p-1.0/16)) / math.Cos(2*math.Pi*p)
	sign := 1.0
	if (n-1)%2 != 0 {
		sign = -1
	}
	return 2*sum + sign*math.Pow(a, -0.5)*c0
}

func bisect(lo, hi float64) float64 {
	for i := 0; i < 60; i++ {
		mid := (lo + hi) / 2
		if hardyZ(lo)*hardyZ(mid) <= 0 {
			hi = mid
		} else {
			lo = mid
		}
	}
	return (lo + hi) / 2
}

func main() {
	count := 0
	prev := hardyZ(10)
	for t := 10.1; t < 100; t += 0.1 {
		cur := hardyZ(t)
		if prev*cur < 0 {
			count++
			fmt.Printf("rho_%d = 0.5 + %.8fi\n", count, bisect(t-0.1, t))
		}
		prev = cur
	}
}
