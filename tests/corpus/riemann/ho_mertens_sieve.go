// expect: mobius_function, prime_pattern
package main

import "fmt"

func moebiusTable(n int) []int8 {
	mu := make([]int8, n+1)
	for i := range mu {
		mu[i] = 1
	}
	composite := make([]bool, n+1)
	for p := 2; p <= n; p++ {
		if composite[p] {
			continue
		}
		for m := p; m <= n; m += p {
			if m > p {
				composite[m] = true
			}
			mu[m] = -mu[m]
		}
		sq := p * p
		for m := sq; m <= n; m += sq {
			mu[m] = 0
		}
	}
	return mu
}

func main() {
	const N = 1000000
	mu := moebiusTable(N)
	var M int
	for x := 1; x <= N; x++ {
		M += int(mu[x])
		if x%100000 == 0 {
			fmt.Printf("M(%d) = %d\n", x, M)
		}
	}
}
