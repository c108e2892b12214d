// expect: none
package main

import (
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
)

type balancer struct {
	backends []*httputil.ReverseProxy
	next     uint64
}

func (b *balancer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	i := atomic.AddUint64(&b.next, 1) % uint64(len(b.backends))
	b.backends[i].ServeHTTP(w, r)
}

func main() {
	var b balancer
	for _, raw := range []string{"http://10.0.0.1:8080", "http://10.0.0.2:8080", "http://10.0.0.3:8080"} {
		u, _ := url.Parse(raw)
		b.backends = append(b.backends, httputil.NewSingleHostReverseProxy(u))
	}
	http.ListenAndServe(":8000", &b)
}
