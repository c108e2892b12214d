// expect: prime_pattern, modular_arithmetic
package main

import (
	"fmt"
	"math/bits"
)

func mulmod(a, b, m uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, rem := bits.Div64(hi%m, lo, m)
	return rem
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = mulmod(r, b, m)
		}
		b = mulmod(b, b, m)
		e >>= 1
	}
	return r
}

// IsPrime is a deterministic Miller-Rabin test for 64-bit integers.
func IsPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		if n%p == 0 {
			return n == p
		}
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
outer:
	for _, a := range []uint64{2, 325, 9375, 28178, 450775, 9780504, 1795265022} {
		x := powmod(a%n, d, n)
		if x == 0 || x == 1 || x == n-1 {
			continue
		}
		for i := 1; i < s; i++ {
			x = mulmod(x, x, n)
			if x == n-1 {
				continue outer
			}
		}
		return false
	}
	return true
}

func main() {
	for _, n := range []uint64{1000000007, 998244353, 18446744073709551557, 561} {
		fmt.Println(n, IsPrime(n))
	}
}
