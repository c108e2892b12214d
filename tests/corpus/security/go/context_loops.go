package main

import (
	"context"
	"time"
)

func refreshCache() {}

func keepWarm(ctx context.Context) {
	// ruleid: go.context-ignored-loop
	for {
		refreshCache()
		time.Sleep(5 * time.Second)
	}
}

func keepWarmUntilDone(ctx context.Context) error {
	// ok: go.context-ignored-loop
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		refreshCache()
		time.Sleep(5 * time.Second)
	}
}
