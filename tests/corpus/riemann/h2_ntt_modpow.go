// expect: modular_arithmetic
package main

import "fmt"

const mod = 998244353
const root = 3

func power(b, e uint64) uint64 {
	r := uint64(1)
	b %= mod
	for e > 0 {
		if e&1 == 1 {
			r = r * b % mod
		}
		b = b * b % mod
		e >>= 1
	}
	return r
}

func ntt(a []uint64, invert bool) {
	n := len(a)
	for i, j := 1, 0; i < n; i++ {
		bit := n >> 1
		for ; j&bit != 0; bit >>= 1 {
			j ^= bit
		}
		j ^= bit
		if i < j {
			a[i], a[j] = a[j], a[i]
		}
	}
	for length := 2; length <= n; length <<= 1 {
		w := power(root, uint64((mod-1)/length))
		if invert {
			w = power(w, mod-2)
		}
		for i := 0; i < n; i += length {
			wn := uint64(1)
			for j := 0; j < length/2; j++ {
				u, v := a[i+j], a[i+j+length/2]*wn%mod
				a[i+j] = (u + v) % mod
				a[i+j+length/2] = (u + mod - v) % mod
				wn = wn * w % mod
			}
		}
	}
	if invert {
		inv := power(uint64(n), mod-2)
		for i := range a {
			a[i] = a[i] * inv % mod
		}
	}
}

func main() {
	a := []uint64{1, 2, 3, 0, 0, 0, 0, 0}
	b := []uint64{4, 5, 6, 0, 0, 0, 0, 0}
	ntt(a, false)
	ntt(b, false)
	for i := range a {
		a[i] = a[i] * b[i] % mod
	}
	ntt(a, true)
	fmt.Println(a)
}
