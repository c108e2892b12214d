package main

import (
	"crypto/tls"
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os/exec"
	"syscall"

	"gorm.io/gorm"
)

func newProxy(target *url.URL) *httputil.ReverseProxy {
	p := httputil.NewSingleHostReverseProxy(target)
	// ruleid: go.reverseproxy-director
	p.Director = func(req *http.Request) {
		req.URL.Scheme = target.Scheme
		req.URL.Host = target.Host
		req.Header.Set("X-Origin-Checked", "yes")
	}
	return p
}

func newProxyRewrite(target *url.URL) *httputil.ReverseProxy {
	return &httputil.ReverseProxy{
		// ok: go.reverseproxy-director
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(target)
			pr.SetXForwarded()
		},
	}
}

func replaceWithShell(script string) error {
	argv := []string{"/bin/sh", "-c", script}
	// ruleid: go.exec-dynamic
	return syscall.Exec("/bin/sh", argv, nil)
}

func replaceWithLister() error {
	argv := []string{"/bin/ls", "-l", "/srv"}
	// ok: go.exec-dynamic
	return syscall.Exec("/bin/ls", argv, nil)
}

func feedShell(name string) {
	sh := exec.Command("/bin/sh")
	stdin, _ := sh.StdinPipe()
	_ = sh.Start()
	// ruleid: go.exec-dynamic
	stdin.Write([]byte(fmt.Sprintf("mkdir -p /srv/%s\n", name)))
	// ok: go.exec-dynamic
	stdin.Write([]byte("exit\n"))
	_ = sh.Wait()
}

type Account struct {
	ID   uint
	Name string
}

func listAccounts(r *http.Request, db *gorm.DB) []Account {
	var out []Account
	sortBy := r.URL.Query().Get("sort")
	// ruleid: go.sql-injection
	db.Order(sortBy).Find(&out)
	return out
}

func listAccountsFixed(r *http.Request, db *gorm.DB) []Account {
	var out []Account
	column := "name"
	// ok: go.sql-injection
	db.Order(column).Where("name = ?", r.FormValue("name")).Find(&out)
	return out
}

func clientConfig() *tls.Config {
	// ruleid: go.tls-no-verify
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	cfg.ServerName = "internal"
	// ruleid: go.tls-no-verify
	cfg.InsecureSkipVerify = true
	return cfg
}

func clientConfigChecked() *tls.Config {
	// ok: go.tls-no-verify
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	cfg.ServerName = "internal"
	cfg.InsecureSkipVerify = false
	return cfg
}
