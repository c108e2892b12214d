// expect: von_mangoldt, prime_pattern
package main

import (
	"fmt"
	"math"
)

func primes(n int) []int {
	comp := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if !comp[i] {
			ps = append(ps, i)
			for j := i * i; j <= n; j += i {
				comp[j] = true
			}
		}
	}
	return ps
}

// chebyshevPsi sums log p over all prime powers p^k <= x.
func chebyshevPsi(x int, ps []int) float64 {
	psi := 0.0
	for _, p := range ps {
		if p > x {
			break
		}
		lp := math.Log(float64(p))
		for pk := p; pk <= x; pk *= p {
			psi += lp
		}
	}
	return psi
}

func main() {
	ps := primes(1_000_000)
	for x := 10; x <= 1_000_000; x *= 10 {
		psi := chebyshevPsi(x, ps)
		fmt.Printf("psi(%d) = %.4f  psi(x)-x = %.4f\n", x, psi, psi-float64(x))
	}
}
