// expect: mobius_function, prime_pattern
package main

import "fmt"

func muTable(n int) []int8 {
	mu := make([]int8, n+1)
	isComp := make([]bool, n+1)
	primes := []int{}
	mu[1] = 1
	for i := 2; i <= n; i++ {
		if !isComp[i] {
			primes = append(primes, i)
			mu[i] = -1
		}
		for _, p := range primes {
			if i*p > n {
				break
			}
			isComp[i*p] = true
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
	mu := muTable(100)
	for k := 1; k <= 100; k++ {
		fmt.Printf("%3d", mu[k])
		if k%10 == 0 {
			fmt.Println()
		}
	}
}
