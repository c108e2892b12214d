// expect: none
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
)

type Ring struct {
	replicas int
	keys     []uint32
	owners   map[uint32]string
}

func hash32(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func NewRing(replicas int, nodes ...string) *Ring {
	r := &Ring{replicas: replicas, owners: map[uint32]string{}}
	for _, n := range nodes {
		for i := 0; i < replicas; i++ {
			k := hash32(n + "#" + strconv.Itoa(i))
			r.keys = append(r.keys, k)
			r.owners[k] = n
		}
	}
	sort.Slice(r.keys, func(i, j int) bool { return r.keys[i] < r.keys[j] })
	return r
}

func (r *Ring) Owner(key string) string {
	h := hash32(key)
	i := sort.Search(len(r.keys), func(i int) bool { return r.keys[i] >= h }) % len(r.keys)
	return r.owners[r.keys[i]]
}

func main() {
	r := NewRing(101, "a", "b", "c")
	for _, k := range []string{"alice", "bob", "carol"} {
		fmt.Println(k, r.Owner(k))
	}
}
