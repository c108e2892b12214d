// expect: none
package main

import (
	"fmt"
	"math"
	"sync"
	"time"
)

type Limiter struct {
	mu       sync.Mutex
	rate     float64 // tokens per second
	capacity float64
	tokens   float64
	last     time.Time
	ewma     float64
	lambda   float64
}

func NewLimiter(rate, capacity float64) *Limiter {
	return &Limiter{rate: rate, capacity: capacity, tokens: capacity, last: time.Now(), lambda: 0.5}
}

func (l *Limiter) Allow(now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	dt := now.Sub(l.last).Seconds()
	l.last = now
	l.tokens = math.Min(l.capacity, l.tokens+dt*l.rate)
	decay := math.Exp(-l.lambda * dt)
	l.ewma = l.ewma*decay + (1 - decay)
	if l.tokens >= 1 {
		l.tokens--
		return true
	}
	return false
}

func main() {
	l := NewLimiter(5, 10)
	start := time.Now()
	allowed := 0
	for i := 0; i < 100; i++ {
		if l.Allow(start.Add(time.Duration(i) * 37 * time.Millisecond)) {
			allowed++
		}
		if i%25 == 0 {
			fmt.Printf("i=%d tokens=%.2f load=%.3f\n", i, l.tokens, l.ewma)
		}
	}
	fmt.Println("allowed", allowed, "sqrt", math.Sqrt(float64(allowed)))
}
