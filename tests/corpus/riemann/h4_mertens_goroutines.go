// expect: mobius_function, prime_pattern
package main

import (
	"fmt"
	"sync"
)

func linearSieveMu(n int) []int8 {
	mu := make([]int8, n+1)
	mu[1] = 1
	isComposite := make([]bool, n+1)
	primes := []int{}
	for i := 2; i <= n; i++ {
		if !isComposite[i] {
			primes = append(primes, i)
			mu[i] = -1
		}
		for _, p := range primes {
			if i*p > n {
				break
			}
			isComposite[i*p] = true
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
	const N = 10_000_000
	const workers = 4
	mu := linearSieveMu(N)
	partial := make([]int64, workers)
	var wg sync.WaitGroup
	chunk := N / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			lo, hi := w*chunk+1, (w+1)*chunk
			var s int64
			for k := lo; k <= hi; k++ {
				s += int64(mu[k])
			}
			partial[w] = s
		}(w)
	}
	wg.Wait()
	var mertens int64
	for _, s := range partial {
		mertens += s
	}
	fmt.Println("M(10^7) =", mertens)
}
