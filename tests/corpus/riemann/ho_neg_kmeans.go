// expect: none
package main

import (
	"fmt"
	"math"
	"math/rand"
)

type point struct{ x, y float64 }

func dist(a, b point) float64 { return math.Sqrt((a.x-b.x)*(a.x-b.x) + (a.y-b.y)*(a.y-b.y)) }

func kmeans(pts []point, k, iters int) []point {
	cent := make([]point, k)
	for i := range cent {
		cent[i] = pts[rand.Intn(len(pts))]
	}
	for it := 0; it < iters; it++ {
		sums := make([]point, k)
		counts := make([]int, k)
		for _, p := range pts {
			best := 0
			for c := 1; c < k; c++ {
				if dist(p, cent[c]) < dist(p, cent[best]) {
					best = c
				}
			}
			sums[best].x += p.x
			sums[best].y += p.y
			counts[best]++
		}
		for c := range cent {
			if counts[c] > 0 {
				cent[c] = point{sums[c].x / float64(counts[c]), sums[c].y / float64(counts[c])}
			}
		}
	}
	return cent
}

func main() {
	var pts []point
	for i := 0; i < 300; i++ {
		pts = append(pts, point{rand.NormFloat64() + float64(i%3)*5, rand.NormFloat64()})
	}
	fmt.Println(kmeans(pts, 3, 20))
}
