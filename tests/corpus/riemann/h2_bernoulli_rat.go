// expect: bernoulli_numbers
package main

import (
	"fmt"
	"math/big"
)

func bernoulli(n int) *big.Rat {
	a := make([]big.Rat, n+1)
	for m := 0; m <= n; m++ {
		a[m].SetFrac64(1, int64(m+1))
		for j := m; j >= 1; j-- {
			d := &a[j-1]
			d.Mul(big.NewRat(int64(j), 1), d.Sub(d, &a[j]))
		}
	}
	return &a[0]
}

func main() {
	for n := 0; n <= 30; n++ {
		if b := bernoulli(n); b.Num().BitLen() > 0 {
			fmt.Printf("B(%2d) = %45s\n", n, b.RatString())
		}
	}
}
