// expect: none
package main

import (
	"encoding/json"
	"hash/fnv"
	"log"
	"net/http"
	"strconv"
)

var backends = []string{"10.0.0.1", "10.0.0.2", "10.0.0.3"}

func pick(user string) string {
	h := fnv.New32a()
	h.Write([]byte(user))
	return backends[int(h.Sum32())%len(backends)]
}

func handler(w http.ResponseWriter, r *http.Request) {
	user := r.URL.Query().Get("user")
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 {
		limit = 10
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"backend": pick(user), "limit": limit})
}

func main() {
	http.HandleFunc("/route", handler)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
