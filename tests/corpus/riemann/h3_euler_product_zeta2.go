// expect: euler_product, prime_pattern
package main

import (
	"fmt"
	"math"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		ps = append(ps, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return ps
}

func main() {
	s := 2.0
	exact := math.Pi * math.Pi / 6
	for _, limit := range []int{10, 100, 1000, 10000, 100000} {
		product := 1.0
		for _, p := range sieve(limit) {
			product *= 1 / (1 - math.Pow(float64(p), -s))
		}
		fmt.Printf("primes <= %6d: prod = %.10f  err = %.2e\n", limit, product, exact-product)
	}
}
