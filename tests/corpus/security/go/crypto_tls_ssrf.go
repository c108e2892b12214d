package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/tls"
	"fmt"
	"net/http"
	"os"

	"github.com/lestrrat-go/libxml2/parser"
)

func sealFixed(key, msg []byte) []byte {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := []byte("fixed-nonce!")
	// ruleid: go.hardcoded-iv
	return gcm.Seal(nil, nonce, msg, nil)
}

func ofbFixed(key []byte) cipher.Stream {
	block, _ := aes.NewCipher(key)
	// ruleid: go.hardcoded-iv
	return cipher.NewOFB(block, []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
}

func ctrRandom(key []byte) cipher.Stream {
	block, _ := aes.NewCipher(key)
	iv := make([]byte, aes.BlockSize)
	if _, err := rand.Read(iv); err != nil {
		panic(err)
	}
	// ok: go.hardcoded-iv
	return cipher.NewCTR(block, iv)
}

func cbcDecrypt(key, ct []byte) {
	block, _ := aes.NewCipher(key)
	// ok: go.hardcoded-iv
	m := cipher.NewCBCDecrypter(block, []byte("0123456789abcdef"))
	m.CryptBlocks(ct, ct)
}

func tlsConfigs(skip bool) []*tls.Config {
	return []*tls.Config{
		// ruleid: go.tls-no-verify
		{InsecureSkipVerify: skip, MinVersion: tls.VersionTLS12},
		// ok: go.tls-no-verify
		{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12},
		// ruleid: go.tls-weak-cipher-suite
		{CipherSuites: []uint16{tls.TLS_RSA_WITH_AES_128_CBC_SHA}, MinVersion: tls.VersionTLS12},
		// ok: go.tls-weak-cipher-suite
		{CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}, MinVersion: tls.VersionTLS12},
	}
}

func proxy(w http.ResponseWriter, r *http.Request) {
	target := fmt.Sprintf("https://%s/status", r.URL.Query().Get("host"))
	// ruleid: go.ssrf
	resp, err := http.DefaultClient.Get(target)
	if err == nil {
		resp.Body.Close()
	}
	fixed := "https://status.example.com/"
	// ok: go.ssrf
	resp, err = http.DefaultClient.Get(fixed)
	if err == nil {
		resp.Body.Close()
	}
}

func readFromEnv() ([]byte, error) {
	name := os.Getenv("DATA_FILE")
	// ruleid: go.path-traversal
	return os.ReadFile(name)
}

func readFixed() ([]byte, error) {
	name := "data/config.json"
	// ok: go.path-traversal
	return os.ReadFile(name)
}

func cookies() []*http.Cookie {
	return []*http.Cookie{
		// ruleid: go.cookie-samesite-none
		{Name: "a", Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode},
		// ok: go.cookie-samesite-none
		{Name: "b", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode},
	}
}

func xml() {
	// ruleid: go.xxe-noent
	p := parser.New(parser.XMLParseNoEnt)
	_ = p
	// ok: go.xxe-noent
	q := parser.New()
	_ = q
}

func login(password string) bool {
	// ruleid: go.hardcoded-secret
	return password == "Winter2024!x"
}

func loginSet(password string) bool {
	// ok: go.hardcoded-secret
	return password != ""
}
