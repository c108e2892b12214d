package main

import (
	"net/http"
	"net/mail"
	"net/smtp"
)

func contact(r *http.Request) error {
	replyTo := r.FormValue("email")
	msg := []byte("Subject: contact form\r\n\r\nthanks")
	// ruleid: go.smtp-header-injection
	return smtp.SendMail("127.0.0.1:25", nil, replyTo, []string{"support@example.com"}, msg)
}

func contactParsed(r *http.Request) error {
	addr, err := mail.ParseAddress(r.FormValue("email"))
	if err != nil {
		return err
	}
	replyTo := addr.Address
	msg := []byte("Subject: contact form\r\n\r\nthanks")
	// ok: go.smtp-header-injection
	return smtp.SendMail("127.0.0.1:25", nil, replyTo, []string{"support@example.com"}, msg)
}
