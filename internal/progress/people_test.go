package progress

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/lock"
)

func TestTwoPeopleKeepTheirOwnProgress(t *testing.T) {
	p := NewPeople(t.TempDir())
	anna, annaStore, err := p.Add("Anna")
	if err != nil {
		t.Fatal(err)
	}
	bo, boStore, _ := p.Add("Bo")
	c, _ := guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	j, _ := Start(State{Name: "Anna", Account: guide.GoogleAccount, Needs: []guide.Need{guide.NeedVIOL3}}, c, guide.Checklist, annaStore.Save)
	j.Complete(t0)
	j.Complete(t0)

	list, err := p.List()
	if err != nil || len(list) != 2 {
		t.Fatalf("List = %v, %v", list, err)
	}
	byName := map[string]Person{}
	for _, x := range list {
		byName[x.Name] = x
	}
	if len(byName["Anna"].State.Done) != 2 || len(byName["Bo"].State.Done) != 0 {
		t.Errorf("ticks leaked: Anna %d, Bo %d", len(byName["Anna"].State.Done), len(byName["Bo"].State.Done))
	}
	if got, _ := boStore.Load(); got.Started() {
		t.Error("Bo has Anna's path")
	}
	if byName["Anna"].ID != anna.ID || byName["Bo"].ID != bo.ID {
		t.Error("IDs do not match")
	}
}

func TestForgetRemovesOnlyThatPerson(t *testing.T) {
	p := NewPeople(t.TempDir())
	anna, _, _ := p.Add("Anna")
	p.Add("Bo")
	if err := p.Forget(anna.ID); err != nil {
		t.Fatal(err)
	}
	list, _ := p.List()
	if len(list) != 1 || list[0].Name != "Bo" {
		t.Errorf("after forgetting Anna: %v", list)
	}
	if _, err := os.Stat(filepath.Join(p.Dir, anna.ID)); !os.IsNotExist(err) {
		t.Error("Anna's folder is still there")
	}
	for _, bad := range []string{"..", "", "../../etc", "0123456789abcdef/.."} {
		if err := p.Forget(bad); err == nil {
			t.Errorf("Forget(%q) accepted", bad)
		}
	}
}

func TestBrokenPersonIsListedWithError(t *testing.T) {
	p := NewPeople(t.TempDir())
	anna, _, _ := p.Add("Anna")
	os.WriteFile(filepath.Join(p.Dir, anna.ID, FileName), []byte("{"), 0o600)
	list, _ := p.List()
	if len(list) != 1 || list[0].Err == nil {
		t.Errorf("broken person: %+v", list)
	}
}

func TestLockedPersonCannotBeForgotten(t *testing.T) {
	p := NewPeople(t.TempDir())
	anna, _, _ := p.Add("Anna")
	l, err := p.Lock(anna.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Lock(anna.ID); !errors.Is(err, lock.ErrHeld) {
		t.Errorf("second lock = %v", err)
	}
	if err := p.Forget(anna.ID); !errors.Is(err, lock.ErrHeld) {
		t.Errorf("Forget while open elsewhere = %v", err)
	}
	l.Release()
	if err := p.Forget(anna.ID); err != nil {
		t.Errorf("Forget after release: %v", err)
	}
}
