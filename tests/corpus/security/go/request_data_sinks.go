package main

import (
	"database/sql"
	"log"
	"log/slog"
	"net/http"
	"os/exec"
	"strconv"
	"strings"
)

func audit(r *http.Request) {
	who := r.URL.Query().Get("user")
	// ruleid: go.log-injection
	log.Printf("password reset requested for %s", who)
}

func auditStructured(r *http.Request) {
	who := r.URL.Query().Get("user")
	// ok: go.log-injection
	slog.Info("password reset requested", "user", who)
}

func auditNumeric(r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("n"))
	// ok: go.log-injection
	log.Printf("page %d requested", n)
}

func download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.path-traversal
	http.ServeFile(w, r, name)
}

func downloadIndex(w http.ResponseWriter, r *http.Request) {
	name := "public/index.html"
	// ok: go.path-traversal
	http.ServeFile(w, r, name)
}

func tail(w http.ResponseWriter, r *http.Request) {
	file := r.FormValue("file")
	// ruleid: go.exec-dynamic
	out, _ := exec.Command("tail", "-n", "20", file).Output()
	w.Write(out)
}

func tailAppLog(w http.ResponseWriter, r *http.Request) {
	file := "/var/log/app.log"
	// ok: go.exec-dynamic
	out, _ := exec.Command("tail", "-n", "20", file).Output()
	w.Write(out)
}

func lookup(db *sql.DB, r *http.Request) (*sql.Rows, error) {
	id := r.URL.Query().Get("id")
	var b strings.Builder
	b.WriteString("SELECT name FROM items WHERE id = ")
	// ruleid: go.sql-string-built
	b.WriteString(id)
	return db.Query(b.String())
}

func greeting(r *http.Request) string {
	name := r.URL.Query().Get("name")
	var b strings.Builder
	b.WriteString("Hello, ")
	// ok: go.sql-string-built
	b.WriteString(name)
	return b.String()
}

func chunkedReply(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Length", "128")
	// ruleid: go.http-te-cl-conflict
	w.Header().Set("Transfer-Encoding", "chunked")
	w.WriteHeader(http.StatusOK)
}

func chunkedReplyOnly(w http.ResponseWriter, r *http.Request) {
	// ok: go.http-te-cl-conflict
	w.Header().Set("Transfer-Encoding", "chunked")
	w.WriteHeader(http.StatusOK)
}
