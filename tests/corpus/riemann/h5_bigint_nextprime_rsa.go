// expect: prime_pattern, modular_arithmetic
package main

import (
	"fmt"
	"math/big"
)

func nextPrime(n *big.Int) *big.Int {
	p := new(big.Int).Set(n)
	if p.Bit(0) == 0 {
		p.Add(p, big.NewInt(1))
	}
	for !p.ProbablyPrime(32) {
		p.Add(p, big.NewInt(2))
	}
	return p
}

func main() {
	ten := big.NewInt(10)
	p := nextPrime(new(big.Int).Exp(ten, big.NewInt(40), nil))
	q := nextPrime(new(big.Int).Exp(ten, big.NewInt(41), nil))
	n := new(big.Int).Mul(p, q)
	one := big.NewInt(1)
	phi := new(big.Int).Mul(new(big.Int).Sub(p, one), new(big.Int).Sub(q, one))
	e := big.NewInt(65537)
	d := new(big.Int).ModInverse(e, phi)

	msg := big.NewInt(42424242)
	c := new(big.Int).Exp(msg, e, n)
	back := new(big.Int).Exp(c, d, n)
	fmt.Println("p =", p)
	fmt.Println("q =", q)
	fmt.Println("cipher =", c)
	fmt.Println("decrypted =", back)
}
