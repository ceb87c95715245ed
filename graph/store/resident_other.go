//go:build !linux

package store

import "errors"

const canRelease = false

func residentFileBytes() (int64, error) { return 0, errors.ErrUnsupported }

func adviseDontNeed(uintptr) error { return errors.ErrUnsupported }
