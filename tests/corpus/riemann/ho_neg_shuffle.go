// expect: none
package main

import (
	"fmt"
	"math/rand"
)

// Deal a shuffled deck to four players in turn.
func main() {
	suits := []string{"S", "H", "D", "C"}
	ranks := []string{"2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K", "A"}
	var deck []string
	for _, s := range suits {
		for _, r := range ranks {
			deck = append(deck, r+s)
		}
	}
	for i := len(deck) - 1; i > 0; i-- {
		j := rand.Intn(i + 1)
		deck[i], deck[j] = deck[j], deck[i]
	}
	hands := make([][]string, 4)
	for i, card := range deck {
		hands[i%4] = append(hands[i%4], card)
	}
	for p, h := range hands {
		fmt.Println("player", p+1, h)
	}
}
