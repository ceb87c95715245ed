package store

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"syscall"
)

const canRelease = true

// residentFileBytes returns the process's file-backed resident memory
// (RssFile in /proc/self/status).
func residentFileBytes() (int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for line := range bytes.Lines(b) {
		if rest, ok := bytes.CutPrefix(line, []byte("RssFile:")); ok {
			f := bytes.Fields(rest) // "123456 kB"
			if len(f) != 2 || string(f[1]) != "kB" {
				break
			}
			kb, err := strconv.ParseInt(string(f[0]), 10, 64)
			return kb << 10, err
		}
	}
	return 0, fmt.Errorf("no RssFile in /proc/self/status")
}

// adviseDontNeed gives MADV_DONTNEED for the whole mapping that starts at
// address start.
func adviseDontNeed(start uintptr) error {
	end, err := mappingEnd(start)
	if err != nil {
		return err
	}
	if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, start, end-start, syscall.MADV_DONTNEED); e != 0 {
		return fmt.Errorf("madvise: %w", e)
	}
	return nil
}

// mappingEnd returns the end address of the mapping starting at start, from
// /proc/self/maps ("start-end perms offset dev inode path", hexadecimal).
func mappingEnd(start uintptr) (uintptr, error) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lo, rest, ok := bytes.Cut(sc.Bytes(), []byte("-"))
		if !ok {
			continue
		}
		a, err := strconv.ParseUint(string(lo), 16, 64)
		if err != nil || uintptr(a) != start {
			continue
		}
		hi, _, _ := bytes.Cut(rest, []byte(" "))
		b, err := strconv.ParseUint(string(hi), 16, 64)
		if err != nil {
			return 0, fmt.Errorf("/proc/self/maps: %w", err)
		}
		return uintptr(b), nil
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	return 0, fmt.Errorf("no mapping at %#x in /proc/self/maps", start)
}
