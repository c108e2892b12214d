// expect: none
package main

import "fmt"

const w, h = 16, 8

func step(g [h][w]bool) [h][w]bool {
	var n [h][w]bool
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && g[(y+dy+h)%h][(x+dx+w)%w] {
						c++
					}
				}
			}
			n[y][x] = c == 3 || (c == 2 && g[y][x])
		}
	}
	return n
}

func main() {
	var g [h][w]bool
	g[1][2], g[2][3], g[3][1], g[3][2], g[3][3] = true, true, true, true, true
	for i := 0; i < 4; i++ {
		g = step(g)
	}
	for _, row := range g {
		for _, c := range row {
			if c {
				fmt.Print("#")
			} else {
				fmt.Print(".")
			}
		}
		fmt.Println()
	}
}
