package main

import (
	"errors"
	"net/http"
)

func apiClient(token string) *http.Client {
	return &http.Client{
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			// ruleid: go.redirect-forwards-credentials
			req.Header.Set("Authorization", "Bearer "+token)
			return nil
		},
	}
}

func tracingClient(traceID string) *http.Client {
	return &http.Client{
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			// ok: go.redirect-forwards-credentials
			req.Header.Set("X-Trace-Id", traceID)
			return nil
		},
	}
}
