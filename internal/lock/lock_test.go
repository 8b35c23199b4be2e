package lock

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestSecondCopyIsRefusedUntilRelease(t *testing.T) {
	path := filepath.Join(t.TempDir(), "person.lock")
	first, err := Acquire(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(path); !errors.Is(err, ErrHeld) {
		t.Fatalf("second Acquire = %v, want ErrHeld", err)
	}
	first.Release()
	again, err := Acquire(path)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	again.Release()
	var none *Lock
	none.Release() // safe
}
