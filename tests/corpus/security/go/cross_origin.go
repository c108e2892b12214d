package main

import "net/http"

func protect(mux *http.ServeMux) http.Handler {
	cop := http.NewCrossOriginProtection()
	// ruleid: go.csrf-bypass-broad
	cop.AddInsecureBypassPattern("/")
	return cop.Handler(mux)
}

func protectWebhooks(mux *http.ServeMux) http.Handler {
	cop := http.NewCrossOriginProtection()
	// ok: go.csrf-bypass-broad
	cop.AddInsecureBypassPattern("/webhooks/stripe")
	return cop.Handler(mux)
}
