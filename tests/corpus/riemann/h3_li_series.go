// expect: logarithmic_integral, prime_counting, prime_pattern
package main

import (
	"fmt"
	"math"
)

const eulerMascheroni = 0.57721566490153286

// Li computes the logarithmic integral li(x) = gamma + ln ln x + sum (ln x)^k / (k * k!).
func Li(x float64) float64 {
	l := math.Log(x)
	sum, term := 0.0, 1.0
	for k := 1; k < 200; k++ {
		term *= l / float64(k)
		sum += term / float64(k)
	}
	return eulerMascheroni + math.Log(l) + sum
}

func primePi(n int) int {
	sieve := make([]bool, n+1)
	cnt := 0
	for i := 2; i <= n; i++ {
		if !sieve[i] {
			cnt++
			for j := i * i; j <= n; j += i {
				sieve[j] = true
			}
		}
	}
	return cnt
}

func main() {
	for x := 100; x <= 10000000; x *= 10 {
		fmt.Printf("%9d %8d %10.1f\n", x, primePi(x), Li(float64(x)))
	}
}
