package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func purgeTemp(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".tmp") {
			return err
		}
		// ruleid: go.walk-symlink-race
		return os.Remove(path)
	})
}

func purgeTempRooted(dir string) error {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return err
	}
	defer root.Close()
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".tmp") {
			return err
		}
		rel, relErr := filepath.Rel(dir, path)
		if relErr != nil {
			return relErr
		}
		// ok: go.walk-symlink-race
		return root.Remove(rel)
	})
}
