package main

import (
	// ruleid: go.weak-crypto-import
	"crypto/md5"
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"fmt"
	"io"
	// ruleid: go.math-rand-import
	"math/rand"
	"net/http"
	"os"
	"os/exec"
	"unsafe"
)

// ruleid: go.hardcoded-secret
const dbPassword = "Sup3rS3cret!"

// ok: go.hardcoded-secret
const passwordField = "password"

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go.exec-shell
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).Output()
	w.Write(out)
}

func pingSafe(w http.ResponseWriter, r *http.Request) {
	// ok: go.exec-shell
	out, _ := exec.Command("ping", "-c", "1", "localhost").Output()
	w.Write(out)
}

func runTool(prog string) {
	// ruleid: go.exec-dynamic
	exec.Command(prog, "--version").Run()
}

func user(db *sql.DB, r *http.Request) {
	name := r.FormValue("name")
	// ruleid: go.sql-injection
	rows, _ := db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name))
	defer rows.Close()
}

func userSafe(db *sql.DB, r *http.Request) {
	// ok: go.sql-injection
	rows, _ := db.Query("SELECT * FROM users WHERE name = $1", r.FormValue("name"))
	defer rows.Close()
}

func download(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.path-traversal
	data, _ := os.ReadFile("uploads/" + r.URL.Query().Get("file"))
	w.Write(data)
}

func hashPassword(pw string) []byte {
	// ruleid: go.weak-hash
	sum := md5.Sum([]byte(pw))
	return sum[:]
}

func hashSafe(pw string) []byte {
	// ok: go.weak-hash
	sum := sha256.Sum256([]byte(pw))
	return sum[:]
}

func token() int {
	// ruleid: go.insecure-random
	return rand.Intn(1000000)
}

func client() *http.Client {
	// ruleid: go.tls-no-verify
	cfg := &tls.Config{InsecureSkipVerify: true}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func clientSafe() *http.Client {
	// ok: go.tls-no-verify, go.tls-old-version
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	return &http.Client{Transport: &http.Transport{TLSClientConfig: cfg}}
}

func writeShared(data []byte) {
	// ruleid: go.file-permissions, go.hardcoded-tmp
	os.WriteFile("/tmp/shared.txt", data, 0777)
}

func writePrivate(path string, data []byte) {
	// ok: go.file-permissions
	os.WriteFile(path, data, 0600)
}

func body(r *http.Request) []byte {
	// ruleid: go.unbounded-read
	b, _ := io.ReadAll(r.Body)
	return b
}

func peek(x *int) uintptr {
	// ruleid: go.unsafe
	return uintptr(unsafe.Pointer(x))
}

func spin() {
	for {
		// ruleid: go.goroutine-loop
		go work()
	}
}

func bounded() {
	for i := 0; i < 4; i++ {
		// ok: go.goroutine-loop
		go work()
	}
}

func work() {}

func fetch(url string) {
	// ruleid: go.network
	resp, _ := http.Get(url)
	defer resp.Body.Close()
}

func main() {
	// ruleid: go.bind-all, go.network
	http.ListenAndServe(":8080", nil)
	// ok: go.bind-all
	fmt.Println("listening on 0.0.0.0 is configured elsewhere")
}
