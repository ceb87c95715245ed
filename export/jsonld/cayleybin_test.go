package jsonld_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/graph/store"
)

const (
	// cayleyModule is the module whose cayley command
	// TestCayleyCommand builds, at the version kg's go.mod requires.
	cayleyModule = "github.com/cayleygraph/cayley"
	// cayleyJSONGold is the json-gold version Cayley's go.mod requires and
	// the cayley command therefore links (kg links v0.7.0, see
	// TestCayleyJSONLDReader).
	cayleyJSONGold = "v0.5.0"
)

// TestCayleyCommand reads our exports with the real cayley command, built
// from the Cayley module version kg requires in a module of its own, so
// that it links the json-gold Cayley pins and not kg's. "cayley convert"
// reads a file with the reader "cayley load" uses (chosen by extension)
// and writes the quads with Cayley's N-Quads writer; the quads it prints
// for our JSON-LD export must be exactly those it prints for our N-Quads
// export, which must be all of its lines. The fixture also goes through
// "cayley load" into a bolt database and "cayley dump", as in
// docs/formats.md. kg's exports have no blank nodes, so lines are compared
// as they are.
func TestCayleyCommand(t *testing.T) {
	cayley := cayleyCommand(t)
	for name, s := range map[string]*store.Store{
		"fixture":   exporttest.Fixture(t),
		"synthetic": exporttest.Store(t, exporttest.Synthetic(30)),
		"hash base": hashBase(t),
		"hostile":   exporttest.Store(t, exporttest.HostileDocuments),
	} {
		t.Run(name, func(t *testing.T) {
			j, n := exports(t, s)
			want := cayleyConvert(t, cayley, n)
			nq, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			if lines := bytes.Count(nq, []byte("\n")); len(want) != lines || lines < 20 {
				t.Fatalf("cayley read %d distinct quads from the %d lines of %s", len(want), lines, n)
			}
			if diff := setDiff(cayleyConvert(t, cayley, j), want); diff != "" {
				t.Errorf("cayley read different quads from the JSON-LD (+) and the N-Quads (-) export:\n%s", diff)
			}
		})
	}
	t.Run("load", func(t *testing.T) {
		j, n := exports(t, exporttest.Fixture(t))
		want := cayleyLoadDump(t, cayley, n)
		if len(want) < 50 {
			t.Fatalf("cayley dumped only %d quads loaded from %s", len(want), n)
		}
		if diff := setDiff(cayleyLoadDump(t, cayley, j), want); diff != "" {
			t.Errorf("cayley dumped different quads after loading the JSON-LD (+) and the N-Quads (-) export:\n%s", diff)
		}
	})
}

// cayleyConvert runs "cayley convert" from in to N-Quads and returns the
// sorted distinct lines.
func cayleyConvert(t *testing.T, cayley, in string) []string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.nq")
	run(t, cayley, "convert", "-i", in, "-o", out)
	return nquadLines(t, out)
}

// cayleyLoadDump loads in into a new bolt database with "cayley load",
// dumps it to N-Quads with "cayley dump" and returns the sorted distinct
// lines.
func cayleyLoadDump(t *testing.T, cayley, in string) []string {
	t.Helper()
	dir := t.TempDir()
	db, out := filepath.Join(dir, "db"), filepath.Join(dir, "out.nq")
	run(t, cayley, "load", "--init", "-d", "bolt", "-a", db, "-i", in)
	run(t, cayley, "dump", "-d", "bolt", "-a", db, "-o", out)
	return nquadLines(t, out)
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), name, args...)
	cmd.Dir = t.TempDir()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
	}
}

func nquadLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if l := sc.Text(); l != "" {
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	slices.Sort(lines)
	return slices.Compact(lines)
}

// cayleyCommand returns a cayley command built from the version of
// cayleyModule that kg's go.mod requires, in a module of its own whose
// only requirement is that version, so Go resolves Cayley's dependencies
// as Cayley pins them. The module's go.sum starts as kg's, so Cayley
// itself is checked against the hash kg already trusts; the rest comes
// from the module proxy and checksum database. The command is kept in
// os.UserCacheDir()/kg-test and built again only when missing. A build
// that cannot run (no go command, no network) ends the test through
// exporttest.Need: it fails in CI.
func cayleyCommand(t *testing.T) string {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		exporttest.Need(t, "no go command on PATH to build cayley")
	}
	version := strings.TrimSpace(goOutput(t, goCmd, "list", "-m", "-f", "{{.Version}}", cayleyModule))
	gomod := strings.TrimSpace(goOutput(t, goCmd, "env", "GOMOD"))
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = t.TempDir()
	}
	dir := filepath.Join(cache, "kg-test", fmt.Sprintf("cayley-%s-%s-%s", version, runtime.GOOS, runtime.GOARCH))
	bin := filepath.Join(dir, "cayley")
	if err := checkCayley(t, goCmd, bin, version); err == nil {
		return bin
	} else if !errors.Is(err, os.ErrNotExist) {
		t.Logf("building cayley again: %v", err)
	}
	if err := buildCayley(t, goCmd, filepath.Join(filepath.Dir(gomod), "go.sum"), version, bin); err != nil {
		exporttest.Need(t, "cannot build the cayley command: "+err.Error())
	}
	if err := checkCayley(t, goCmd, bin, version); err != nil {
		t.Fatal(err)
	}
	return bin
}

// buildCayley builds cmd/cayley of cayleyModule@version to bin.
func buildCayley(t *testing.T, goCmd, kgSum, version, bin string) error {
	mod := t.TempDir()
	gomod := fmt.Sprintf("module cayleybin\n\ngo 1.22\n\nrequire %s %s\n", cayleyModule, version)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		return err
	}
	sum, err := os.ReadFile(kgSum)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(mod, "go.sum"), sum, 0o644); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(bin), "cayley-*.tmp")
	if err != nil {
		return err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	pkg := cayleyModule + "/cmd/cayley"
	for _, args := range [][]string{
		{"get", pkg + "@" + version},
		{"build", "-o", tmp.Name(), pkg},
	} {
		cmd := exec.CommandContext(t.Context(), goCmd, args...)
		cmd.Dir = mod
		// CGO_ENABLED=0: no C compiler needed (Cayley's SQLite backend
		// is then left out; the tests use memstore and bolt).
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	return os.Rename(tmp.Name(), bin)
}

// checkCayley checks that bin is a cayley command built from
// cayleyModule@version with json-gold cayleyJSONGold.
func checkCayley(t *testing.T, goCmd, bin, version string) error {
	if _, err := os.Stat(bin); err != nil {
		return err
	}
	info := goOutput(t, goCmd, "version", "-m", bin)
	deps := map[string]string{}
	for _, l := range strings.Split(info, "\n") {
		if f := strings.Fields(l); len(f) >= 3 && (f[0] == "mod" || f[0] == "dep" || f[0] == "=>") {
			deps[f[1]] = f[2]
		}
	}
	if got := deps[cayleyModule]; got != version {
		return fmt.Errorf("%s was built from %s %q, want %s", bin, cayleyModule, got, version)
	}
	if got := deps["github.com/piprate/json-gold"]; got != cayleyJSONGold {
		return fmt.Errorf("%s links json-gold %q, want %s as Cayley's go.mod requires", bin, got, cayleyJSONGold)
	}
	return nil
}

// goOutput runs the go command in the package's directory and returns
// its standard output.
func goOutput(t *testing.T, goCmd string, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), goCmd, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return string(out)
}
