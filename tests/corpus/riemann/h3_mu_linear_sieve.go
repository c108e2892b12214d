// expect: mobius_function, prime_pattern
package main

import "fmt"

func moebius(n int) []int8 {
	mu := make([]int8, n+1)
	mu[1] = 1
	notPrime := make([]bool, n+1)
	primes := make([]int, 0, n/10)
	for i := 2; i <= n; i++ {
		if !notPrime[i] {
			primes = append(primes, i)
			mu[i] = -1
		}
		for _, p := range primes {
			if i*p > n {
				break
			}
			notPrime[i*p] = true
			if i%p == 0 {
				mu[i*p] = 0
				break
			}
			mu[i*p] = -mu[i]
		}
	}
	return mu
}

func main() {
	mu := moebius(100)
	squarefree := 0
	for i := 1; i <= 100; i++ {
		if mu[i] != 0 {
			squarefree++
		}
		fmt.Printf("%3d:%2d ", i, mu[i])
		if i%10 == 0 {
			fmt.Println()
		}
	}
	fmt.Println("squarefree count:", squarefree)
}
