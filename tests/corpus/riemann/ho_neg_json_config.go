// expect: none
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Config struct {
	Listen   string        `json:"listen"`
	Timeout  time.Duration `json:"timeout"`
	Replicas int           `json:"replicas"`
	Tags     []string      `json:"tags"`
}

func load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	for i, t := range c.Tags {
		c.Tags[i] = strings.ToLower(strings.TrimSpace(t))
	}
	return &c, nil
}

func main() {
	c, err := load("config.json")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%+v\n", *c)
}
