// expect: modular_arithmetic
package main

import (
	"fmt"
	"math/big"
)

func main() {
	p := big.NewInt(1000000007)
	base := big.NewInt(3)
	exp := big.NewInt(1 << 40)

	r := new(big.Int).Exp(base, exp, p)
	fmt.Println("3^(2^40) mod p =", r)

	inv := new(big.Int).ModInverse(big.NewInt(123456789), p)
	check := new(big.Int).Mul(inv, big.NewInt(123456789))
	check.Mod(check, p)
	fmt.Println("inverse:", inv, "check:", check)
}
