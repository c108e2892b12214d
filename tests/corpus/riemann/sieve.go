// expect: prime_pattern
package main

import "fmt"

func main() {
	n := 1000
	composite := make([]bool, n+1)
	for i := 2; i*i <= n; i++ {
		if composite[i] {
			continue
		}
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	for i := 2; i <= n; i++ {
		if !composite[i] {
			fmt.Println(i)
		}
	}
}
