// expect: zeta_zeros
package main

import "fmt"

var zetaZeros = []float64{14.134725141734693, 21.022039638771555, 25.010857580145688, 30.424876125859513}

func main() {
	for i := 1; i < len(zetaZeros); i++ {
		fmt.Println(zetaZeros[i] - zetaZeros[i-1])
	}
}
