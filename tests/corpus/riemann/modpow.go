// expect: modular_arithmetic
package main

import "fmt"

func modPow(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = (r * b) % m
		}
		b = (b * b) % m
		e >>= 1
	}
	return r
}

func main() { fmt.Println(modPow(3, 200, 1000000007)) }
