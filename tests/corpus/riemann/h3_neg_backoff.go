// expect: none
package main

import (
	"fmt"
	"math"
	"math/rand"
	"time"
)

func backoff(attempt int, base, max time.Duration) time.Duration {
	exp := float64(base) * math.Pow(2, float64(attempt))
	if exp > float64(max) {
		exp = float64(max)
	}
	jitter := rand.Int63n(int64(exp)/2 + 1)
	return time.Duration(int64(exp)/2 + jitter)
}

func main() {
	for i := 0; i < 8; i++ {
		fmt.Println(i, backoff(i, 100*time.Millisecond, 10*time.Second))
	}
	fmt.Println("shard", 12345%7, "log2(1024) =", math.Log2(1024))
}
