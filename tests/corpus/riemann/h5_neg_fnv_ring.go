// expect: none
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
)

const prime32 = 16777619

type Ring struct {
	hashes []uint32
	owner  map[uint32]string
}

func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= prime32
	}
	return h
}

func NewRing(nodes []string, replicas int) *Ring {
	r := &Ring{owner: map[uint32]string{}}
	for _, n := range nodes {
		for i := 0; i < replicas; i++ {
			h := fnv1a(n + "#" + strconv.Itoa(i))
			r.hashes = append(r.hashes, h)
			r.owner[h] = n
		}
	}
	sort.Slice(r.hashes, func(i, j int) bool { return r.hashes[i] < r.hashes[j] })
	return r
}

func (r *Ring) Lookup(key string) string {
	h := fnv1a(key)
	i := sort.Search(len(r.hashes), func(i int) bool { return r.hashes[i] >= h })
	return r.owner[r.hashes[i%len(r.hashes)]]
}

func main() {
	r := NewRing([]string{"cache-a", "cache-b", "cache-c"}, 97)
	counts := map[string]int{}
	for i := 0; i < 10000; i++ {
		counts[r.Lookup("user:"+strconv.Itoa(i))]++
	}
	std := fnv.New32a()
	std.Write([]byte("check"))
	fmt.Println(counts, std.Sum32() == fnv1a("check"), 12345%7)
}
