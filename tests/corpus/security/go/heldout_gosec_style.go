// Held-out cases written after the rules, in the style of gosec's test samples.
// Not tuned: a line whose expected id no rule produces counts as a miss.
package main

import (
	"crypto/tls"
	"database/sql"
	"fmt"
	"io/ioutil"
	"net/http"
	"os"
	"os/exec"
)

func sample(db *sql.DB, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go.sql-injection|go.sql-string-built
	q := fmt.Sprintf("SELECT * FROM foo where name = '%s'", name)
	// ruleid: go.sql-injection
	rows, _ := db.Query(q)
	defer rows.Close()
	// ruleid: go.exec-dynamic
	cmd := exec.Command(name, "arg")
	_ = cmd.Run()
	// ruleid: go.file-permissions
	_ = ioutil.WriteFile("out.txt", []byte("x"), 0666)
	// ok: go.file-permissions
	_ = ioutil.WriteFile("out.txt", []byte("x"), 0600)
	// ruleid: go.file-permissions
	_ = os.Mkdir("dir", 0777)
	// ruleid: go.tls-no-verify
	tr := &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	_ = tr
	// ruleid: go.tls-old-version
	cfg := &tls.Config{MinVersion: tls.VersionTLS11}
	_ = cfg
	// ruleid: go.hardcoded-secret
	password := "f62e5bcda4fae4f82370da0c6f20697b8f8447ef"
	_ = password
	// ok: go.hardcoded-secret
	username := "admin"
	_ = username
	// ruleid: go.path-traversal
	f, _ := os.Open(r.URL.Query().Get("file"))
	defer f.Close()
}

func main() {}
