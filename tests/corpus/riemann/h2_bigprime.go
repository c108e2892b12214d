// expect: prime_pattern
package main

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

func main() {
	one := big.NewInt(1)
	n := new(big.Int).Exp(big.NewInt(2), big.NewInt(89), nil)
	n.Sub(n, one)
	fmt.Println("2^89-1 prime?", n.ProbablyPrime(20))

	p, err := rand.Prime(rand.Reader, 512)
	if err != nil {
		panic(err)
	}
	fmt.Println(p)

	count := 0
	for k := int64(2); k < 10000; k++ {
		if big.NewInt(k).ProbablyPrime(0) {
			count++
		}
	}
	fmt.Println(count)
}
