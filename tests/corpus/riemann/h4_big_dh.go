// expect: modular_arithmetic
package main

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

func main() {
	p, _ := new(big.Int).SetString("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A63A3620FFFFFFFFFFFFFFFF", 16)
	g := big.NewInt(2)
	a, _ := rand.Int(rand.Reader, p)
	b, _ := rand.Int(rand.Reader, p)
	A := new(big.Int).Exp(g, a, p)
	B := new(big.Int).Exp(g, b, p)
	s1 := new(big.Int).Exp(B, a, p)
	s2 := new(big.Int).Exp(A, b, p)
	fmt.Println("shared secrets equal:", s1.Cmp(s2) == 0)

	inv := new(big.Int).ModInverse(big.NewInt(65537), big.NewInt(1000000006))
	fmt.Println("65537^-1 mod 1e9+6 =", inv)
}
