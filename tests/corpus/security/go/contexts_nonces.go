package main

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"time"
)

func fetchWithLeak(ctx context.Context, url string) (*http.Response, error) {
	// ruleid: go.context-cancel-discarded
	child, _ := context.WithTimeout(ctx, 2*time.Second)
	req, err := http.NewRequestWithContext(child, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func fetchBounded(ctx context.Context, url string) (*http.Response, error) {
	// ok: go.context-cancel-discarded
	child, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(child, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func audit(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.goroutine-detached-context
	go func() {
		record(context.Background(), r.URL.Path)
	}()
	w.WriteHeader(http.StatusAccepted)
}

func auditScoped(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	// ok: go.goroutine-detached-context
	go func() {
		record(ctx, r.URL.Path)
	}()
	w.WriteHeader(http.StatusAccepted)
}

func record(ctx context.Context, path string) { _, _ = ctx, path }

func sealZeroNonce(key, msg []byte) []byte {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	// ruleid: go.hardcoded-iv
	return gcm.Seal(nonce, nonce, msg, nil)
}

func sealRandomNonce(key, msg []byte) ([]byte, error) {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	// ok: go.hardcoded-iv
	return gcm.Seal(nonce, nonce, msg, nil), nil
}

func deployKeys() []string {
	return []string{
		// ruleid: go.secret-token-literal
		"AKIAI44QH8DHBEXAMPLE",
		// ok: go.secret-token-literal
		"AKIA is how AWS access key ids start",
		// ruleid: go.secret-token-literal
		"https://deploy:s3cr3tpassw0rd@git.example.com/app.git",
		// ok: go.secret-token-literal
		"https://git.example.com/app.git",
	}
}

func serveDocs() {
	// ruleid: go.directory-listing
	http.Handle("/docs/", http.FileServer(http.Dir("/srv/docs")))
	// ok: go.directory-listing
	http.HandleFunc("/readme", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, "/srv/docs/README.html")
	})
}

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.ssti
	src := fmt.Sprintf(`<h1>Hello %s</h1><p>{{ .Motd }}</p>`, name)
	page, _ := template.New("greet").Parse(src)
	page.Execute(w, map[string]string{"Motd": "welcome"})
}

func greetSafely(w http.ResponseWriter, r *http.Request) {
	// ok: go.ssti
	src := fmt.Sprintf(`<h1>Hello {{ .Name }}</h1><p>%s</p>`, "welcome")
	page, _ := template.New("greet").Parse(src)
	page.Execute(w, map[string]string{"Name": r.URL.Query().Get("name")})
}
