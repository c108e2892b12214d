// expect: mobius_function, prime_pattern
package main

import (
	"fmt"
	"math"
)

// linear (Euler) sieve producing the Moebius function
func sieve(n int) (primes []int, mu []int8) {
	mu = make([]int8, n+1)
	composite := make([]bool, n+1)
	mu[1] = 1
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			mu[i] = -1
		}
		for _, p := range primes {
			if i*p > n {
				break
			}
			composite[i*p] = true
			if i%p == 0 {
				mu[i*p] = 0
				break
			}
			mu[i*p] = -mu[i]
		}
	}
	return
}

func main() {
	const N = 10_000_000
	_, mu := sieve(N)
	M, worst := 0, 0.0
	for x := 1; x <= N; x++ {
		M += int(mu[x])
		if r := math.Abs(float64(M)) / math.Sqrt(float64(x)); x > 100 && r > worst {
			worst = r
		}
	}
	fmt.Printf("M(%d) = %d, max |M(x)|/sqrt(x) = %.4f\n", N, M, worst)
}
