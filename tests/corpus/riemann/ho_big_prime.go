// expect: prime_pattern
package main

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

func main() {
	n := new(big.Int).Lsh(big.NewInt(1), 107)
	n.Sub(n, big.NewInt(1))
	fmt.Printf("2^107-1 is prime: %v\n", n.ProbablyPrime(20))

	p, err := rand.Prime(rand.Reader, 256)
	if err != nil {
		panic(err)
	}
	fmt.Println("random 256-bit prime:", p)
}
