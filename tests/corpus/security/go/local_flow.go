// Cases for the rules that tell a local constant from data (#not-constant?) and for
// response/cookie/redirect/transport rules. Safe look-alikes hold constants in locals.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"os/exec"
)

func queries(db *sql.DB, r *http.Request, age string) {
	// ruleid: go.sql-string-built
	query := "SELECT name FROM users WHERE age=" + age
	// ruleid: go.sql-injection
	db.Query(query)
	fixed := "SELECT name FROM users WHERE age=" + "3"
	// ok: go.sql-injection
	db.Query(fixed)
	formatted := fmt.Sprintf("SELECT * FROM users WHERE email=hello;")
	// ok: go.sql-injection
	db.Exec(formatted)
}

func commands(userCmd string) {
	// ruleid: go.exec-shell
	exec.Command("/usr/bin/env", "bash", "-c", userCmd).Run()
	someCommand := "w"
	// ok: go.exec-shell
	exec.Command("/usr/bin/env", "bash", "-c", someCommand).Run()
	goExec, _ := exec.LookPath("go")
	// ok: go.exec-dynamic
	exec.Command(goExec, "version").Run()
}

func respond(w http.ResponseWriter, r *http.Request, tok string, target string) {
	// ruleid: go.response-write-unescaped
	fmt.Fprintf(w, "Invalid token: %q", tok)
	// ok: go.response-write-unescaped
	fmt.Fprintf(w, "<pre>\n")
	// ruleid: go.open-redirect
	http.Redirect(w, r, target, http.StatusFound)
	// ok: go.open-redirect
	http.Redirect(w, r, "/login", http.StatusFound)
	// ruleid: go.cookie-insecure
	cookie := http.Cookie{
		Name:  "session",
		Value: tok,
	}
	http.SetCookie(w, &cookie)
	// ok: go.cookie-insecure
	safe := http.Cookie{
		Name:     "session",
		Value:    tok,
		Secure:   true,
		HttpOnly: true,
	}
	http.SetCookie(w, &safe)
	// ruleid: go.cleartext-url|go.network
	http.Get("http://example.com/")
	// ok: go.cleartext-url
	http.Get("https://example.com/")
}

func formattedQueries(db *sql.DB, name string, id int) {
	// ruleid: go.sql-string-built
	stmt := fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name)
	// ruleid: go.sql-injection
	db.Query(stmt)
	byID := fmt.Sprintf("SELECT * FROM users WHERE id = %d", id)
	// ok: go.sql-injection
	db.Query(byID)
	sqlText := "SELECT * FROM users WHERE name = "
	// ruleid: go.sql-string-built
	sqlText += name
	db.Exec(sqlText)
	greeting := "hello "
	// ok: go.sql-string-built
	greeting += name
	fmt.Println(greeting)
	tmpl := "DELETE FROM users WHERE name = '%s'"
	// ruleid: go.sql-string-built
	tmpl = fmt.Sprintf(tmpl, name)
	// ruleid: go.sql-injection
	db.QueryContext(context.Background(), "select * from users where name = "+name)
}
