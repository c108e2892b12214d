// expect: none
package main

import (
	"fmt"
	"math"
	"sort"
)

type Histogram struct{ samples []float64 }

func (h *Histogram) Add(v float64) { h.samples = append(h.samples, v) }

func (h *Histogram) Quantile(q float64) float64 {
	s := append([]float64(nil), h.samples...)
	sort.Float64s(s)
	idx := int(math.Ceil(q*float64(len(s)))) - 1
	if idx < 0 {
		idx = 0
	}
	return s[idx]
}

func (h *Histogram) GeoMean() float64 {
	sum := 0.0
	for _, v := range h.samples {
		sum += math.Log(v)
	}
	return math.Exp(sum / float64(len(h.samples)))
}

func ewma(prev, sample, alpha float64) float64 { return alpha*sample + (1-alpha)*prev }

func main() {
	var h Histogram
	avg := 0.0
	for i := 1; i <= 1000; i++ {
		v := float64(i%97) + 0.5
		h.Add(v)
		avg = ewma(avg, v, 0.1)
	}
	fmt.Println(h.Quantile(0.5), h.Quantile(0.99), h.GeoMean(), avg)
}
