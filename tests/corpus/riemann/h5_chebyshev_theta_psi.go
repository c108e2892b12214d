// expect: von_mangoldt, prime_pattern
package main

import (
	"fmt"
	"math"
)

func mangoldt(limit int) []float64 {
	lam := make([]float64, limit+1)
	isComposite := make([]bool, limit+1)
	for p := 2; p <= limit; p++ {
		if isComposite[p] {
			continue
		}
		for m := p * p; m <= limit; m += p {
			isComposite[m] = true
		}
		lp := math.Log(float64(p))
		for pk := p; pk <= limit; pk *= p {
			lam[pk] = lp
			if pk > limit/p {
				break
			}
		}
	}
	return lam
}

func main() {
	const X = 1 << 22
	lam := mangoldt(X)
	psi, theta := 0.0, 0.0
	for n := 2; n <= X; n++ {
		psi += lam[n]
		// prime powers p^k with k>=2 contribute to psi but not to theta
		if lam[n] > 0 && math.Abs(math.Exp(lam[n])-float64(n)) < 0.5 {
			theta += lam[n]
		}
		if n&(n-1) == 0 {
			fmt.Printf("x=%8d  psi=%12.2f  theta=%12.2f  psi-theta=%8.2f\n", n, psi, theta, psi-theta)
		}
	}
}
