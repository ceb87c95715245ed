package exporttest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Need reports a missing external tool: the test fails when env CI=true
// (CI must have every tool) and is skipped, with the reason, otherwise.
func Need(t testing.TB, reason string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true but %s", reason)
	}
	t.Skipf("skipping: %s", reason)
}

// Tool returns the path of the command name, or ends the test through Need.
func Tool(t testing.TB, name, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		Need(t, name+" is not installed (apt-get install "+pkg+")")
	}
	return path
}

// Python returns a python3 interpreter that imports every module, trying
// python3 on PATH and then Debian's /usr/bin/python3 (where apt installs
// python3-pyld and python3-rdflib), or ends the test through Need.
func Python(t testing.TB, modules ...string) string {
	t.Helper()
	var candidates []string
	if p, err := exec.LookPath("python3"); err == nil {
		candidates = append(candidates, p)
	}
	candidates = append(candidates, "/usr/bin/python3")
	imp := "import " + strings.Join(modules, ", ")
	for _, py := range candidates {
		if err := exec.Command(py, "-c", imp).Run(); err == nil {
			return py
		}
	}
	Need(t, "no python3 can "+imp+" (apt-get install python3-pyld python3-rdflib)")
	return ""
}
