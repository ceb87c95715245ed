package input

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// walk reads the files with known extensions in the tree rooted at dir,
// depth first, each directory's entries in lexical order. Names starting
// with '.' are skipped. Symbolic links to files are read; symbolic links to
// directories are skipped, so a walk never loops.
func (r *reader) walk(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil && !r.fail(newError(dir, err)) {
		return false
	}
	for _, ent := range entries {
		name := ent.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		if r.cancelled() {
			return false
		}
		path := filepath.Join(dir, name)
		if !r.entry(path, ent.Type()) {
			return false
		}
	}
	return true
}

// entry reads the directory entry at path, whose type bits are typ.
func (r *reader) entry(path string, typ fs.FileMode) bool {
	if typ.IsDir() {
		return r.walk(path)
	}
	f := formatOf(path)
	if f == formatUnknown {
		return true
	}
	if typ&fs.ModeSymlink != 0 {
		fi, err := os.Stat(path)
		if err != nil {
			return r.fail(newError(path, err))
		}
		if !fi.Mode().IsRegular() {
			return true
		}
	} else if !typ.IsRegular() {
		return true
	}
	return r.file(path, f)
}
