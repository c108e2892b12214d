// expect: none
package main

import (
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
)

type balancer struct {
	backends []*httputil.ReverseProxy
	counter  uint64
}

func (b *balancer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := atomic.AddUint64(&b.counter, 1)
	b.backends[n%uint64(len(b.backends))].ServeHTTP(w, r)
}

func main() {
	var lb balancer
	for _, raw := range []string{"http://10.0.0.1:8080", "http://10.0.0.2:8080", "http://10.0.0.3:8080"} {
		u, _ := url.Parse(raw)
		lb.backends = append(lb.backends, httputil.NewSingleHostReverseProxy(u))
	}
	fmt.Println("listening on :8000")
	http.ListenAndServe(":8000", &lb)
}
