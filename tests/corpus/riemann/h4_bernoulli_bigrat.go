// expect: bernoulli_numbers
package main

import (
	"fmt"
	"math/big"
)

// Akiyama-Tanigawa with exact rationals.
func bernoulli(n int) *big.Rat {
	a := make([]*big.Rat, n+1)
	for m := 0; m <= n; m++ {
		a[m] = big.NewRat(1, int64(m+1))
		for j := m; j >= 1; j-- {
			d := new(big.Rat).Sub(a[j-1], a[j])
			a[j-1] = d.Mul(d, big.NewRat(int64(j), 1))
		}
	}
	return a[0]
}

func main() {
	for n := 0; n <= 30; n++ {
		b := bernoulli(n)
		if b.Sign() != 0 {
			fmt.Printf("B(%2d) = %s\n", n, b.RatString())
		}
	}
}
