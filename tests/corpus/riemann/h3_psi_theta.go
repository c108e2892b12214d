// expect: von_mangoldt, prime_pattern
package main

import (
	"fmt"
	"math"
)

// vonMangoldt returns Λ(n).
func vonMangoldt(n int) float64 {
	for p := 2; p*p <= n; p++ {
		if n%p == 0 {
			for n%p == 0 {
				n /= p
			}
			if n == 1 {
				return math.Log(float64(p))
			}
			return 0
		}
	}
	if n > 1 {
		return math.Log(float64(n))
	}
	return 0
}

func main() {
	psi := 0.0
	for n := 1; n <= 100000; n++ {
		psi += vonMangoldt(n)
		if n%10000 == 0 {
			fmt.Printf("psi(%d) = %.2f, ratio %.5f\n", n, psi, psi/float64(n))
		}
	}
}
