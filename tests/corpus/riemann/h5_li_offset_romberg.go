// expect: logarithmic_integral
package main

import (
	"fmt"
	"math"
)

func romberg(f func(float64) float64, a, b float64, levels int) float64 {
	R := make([][]float64, levels)
	for i := range R {
		R[i] = make([]float64, levels)
	}
	h := b - a
	R[0][0] = h / 2 * (f(a) + f(b))
	for i := 1; i < levels; i++ {
		h /= 2
		sum := 0.0
		for k := 1; k <= 1<<(i-1); k++ {
			sum += f(a + float64(2*k-1)*h)
		}
		R[i][0] = R[i-1][0]/2 + h*sum
		for j := 1; j <= i; j++ {
			p := math.Pow(4, float64(j))
			R[i][j] = (p*R[i][j-1] - R[i-1][j-1]) / (p - 1)
		}
	}
	return R[levels-1][levels-1]
}

// Offset logarithmic integral Li(x) = integral from 2 to x of dt / ln t
func Li(x float64) float64 {
	return romberg(func(t float64) float64 { return 1 / math.Log(t) }, 2, x, 18)
}

func main() {
	const li2 = 1.045163780117492784844588889194613136522615578151
	for _, x := range []float64{1e2, 1e3, 1e4, 1e5, 1e6} {
		fmt.Printf("Li(%.0e) = %.4f   li = %.4f\n", x, Li(x), Li(x)+li2)
	}
}
