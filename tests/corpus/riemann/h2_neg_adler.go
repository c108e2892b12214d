// expect: none
package main

import (
	"fmt"
	"os"
)

const adlerMod = 65521

func adler32(data []byte) uint32 {
	a, b := uint32(1), uint32(0)
	for _, c := range data {
		a = (a + uint32(c)) % adlerMod
		b = (b + a) % adlerMod
	}
	return b<<16 | a
}

func fletcher16(data []byte) uint16 {
	var s1, s2 uint16
	for _, c := range data {
		s1 = (s1 + uint16(c)) % 255
		s2 = (s2 + s1) % 255
	}
	return s2<<8 | s1
}

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	fmt.Printf("adler32=%08x fletcher16=%04x\n", adler32(data), fletcher16(data))
}
