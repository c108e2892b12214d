package main

import (
	"bytes"

	"golang.org/x/crypto/ssh"
)

type server struct {
	offered  ssh.PublicKey
	operator ssh.PublicKey
}

func (s *server) config() *ssh.ServerConfig {
	cfg := &ssh.ServerConfig{}
	cfg.PublicKeyCallback = func(conn ssh.ConnMetadata, key ssh.PublicKey) (*ssh.Permissions, error) {
		// ruleid: go.ssh-pubkey-callback-state
		s.offered = key
		return &ssh.Permissions{}, nil
	}
	return cfg
}

func (s *server) configExtensions() *ssh.ServerConfig {
	cfg := &ssh.ServerConfig{}
	cfg.PublicKeyCallback = func(conn ssh.ConnMetadata, key ssh.PublicKey) (*ssh.Permissions, error) {
		// ok: go.ssh-pubkey-callback-state
		if !bytes.Equal(key.Marshal(), s.operator.Marshal()) {
			return nil, errUnknownKey
		}
		return &ssh.Permissions{Extensions: map[string]string{"pubkey-fp": ssh.FingerprintSHA256(key)}}, nil
	}
	return cfg
}
