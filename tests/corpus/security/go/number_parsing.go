package main

import (
	"net/http"
	"strconv"
)

func pageSize(r *http.Request) int16 {
	n, err := strconv.Atoi(r.URL.Query().Get("size"))
	if err != nil {
		return 20
	}
	// ruleid: go.integer-narrowing
	return int16(n)
}

func pageSizeChecked(r *http.Request) int16 {
	n, err := strconv.ParseInt(r.URL.Query().Get("size"), 10, 16)
	if err != nil {
		return 20
	}
	// ok: go.integer-narrowing
	return int16(n)
}
