package main

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func unzipUnsafe(src, dst string) error {
	// ruleid: go.zip-slip
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	for _, f := range r.File {
		out := filepath.Join(dst, f.Name)
		if err := os.MkdirAll(filepath.Dir(out), 0o750); err != nil {
			return err
		}
	}
	return nil
}

func unzipChecked(src, dst string) error {
	// ok: go.zip-slip
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	root := filepath.Clean(dst) + string(os.PathSeparator)
	for _, f := range r.File {
		out := filepath.Join(dst, f.Name)
		if !strings.HasPrefix(out, root) {
			return os.ErrPermission
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		w, err := os.Create(out)
		if err != nil {
			rc.Close()
			return err
		}
		_, err = io.CopyN(w, rc, 1<<20)
		rc.Close()
		w.Close()
		if err != nil && err != io.EOF {
			return err
		}
	}
	return nil
}
