// expect: logarithmic_integral, prime_counting, prime_pattern
package main

import (
	"fmt"
	"math"
)

func li(x float64) float64 {
	const gamma = 0.5772156649015329
	lx := math.Log(x)
	s, t := 0.0, 1.0
	for k := 1; k <= 150; k++ {
		t *= lx / float64(k)
		s += t / float64(k)
	}
	return gamma + math.Log(lx) + s
}

func main() {
	const N = 100_000_000
	composite := make([]bool, N+1)
	count := 0
	next := 10
	for i := 2; i <= N; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= N; j += i {
				composite[j] = true
			}
		}
		if i == next {
			fmt.Printf("x=%d pi(x)=%d li(x)=%.1f\n", i, count, li(float64(i)))
			next *= 10
		}
	}
}
