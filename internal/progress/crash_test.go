package progress

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// saveLoopEnv makes the test binary a child that saves in a loop until it
// is killed; see TestKilledMidSaveLeavesAWholeState.
const saveLoopEnv = "KONTOGUIDEN_SAVE_LOOP"

func TestMain(m *testing.M) {
	if dir := os.Getenv(saveLoopEnv); dir != "" {
		saveForever(dir)
	}
	os.Exit(m.Run())
}

// saveForever writes state n, whose Name is n and which has n ticked steps,
// for n = 1, 2, 3, … so that any file read back can be checked whole. It
// prints "saved n" once save n has returned, so that the parent kills it
// mid-loop however slowly a test binary starts on a loaded machine.
func saveForever(dir string) {
	st := NewStore(dir, clock)
	state := State{Done: map[string]time.Time{}}
	for n := 1; ; n++ {
		state.Name = strconv.Itoa(n)
		state.Done[fmt.Sprintf("step-%d", n)] = time.Unix(int64(n), 0)
		if err := st.Save(state); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		fmt.Printf("saved %d\n", n)
	}
}

// A crash at any moment of a save leaves the old state or the new one, and
// never loses a save that has returned. Each child is killed after a random
// number of saves and then at a random moment, so the kills fall all over a
// save; the moment is counted from the child's word that it is saving, not
// from its start.
func TestKilledMidSaveLeavesAWholeState(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child process many times")
	}
	for i := range 40 {
		dir := t.TempDir()
		// A save takes from a tenth of a millisecond to a few (fsync):
		// up to 10 ms later lands anywhere in one.
		saved := 1 + rand.IntN(5)
		killAfterSaves(t, dir, saved, rand.N(10*time.Millisecond))
		data, err := os.ReadFile(filepath.Join(dir, FileName))
		if err != nil {
			t.Fatalf("kill %d, after %d saves, left no file: %v", i, saved, err)
		}
		st, err := Parse(data)
		if err != nil {
			t.Fatalf("kill %d left a file that does not parse: %v\n%s", i, err, data)
		}
		n, _ := strconv.Atoi(st.Name)
		if len(st.Done) != n {
			t.Fatalf("kill %d left a mixed state: name %q with %d ticks", i, st.Name, len(st.Done))
		}
		if n < saved {
			t.Fatalf("kill %d came after save %d had returned, but the file holds save %d", i, saved, n)
		}
	}
}

// killAfterSaves starts a child saving into dir, reads its word that save
// number saves has returned, waits for wait, and kills it (SIGKILL: no
// chance to tidy up).
func killAfterSaves(t *testing.T, dir string, saves int, wait time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), saveLoopEnv+"="+dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	want := fmt.Sprintf("saved %d", saves)
	for lines.Scan() && lines.Text() != want {
	}
	if lines.Text() != want {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the child stopped before save %d: %v\n%s", saves, lines.Err(), stderr.Bytes())
	}
	time.Sleep(wait)
	cmd.Process.Kill()
	cmd.Wait()
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"version":1,"name":"Anna","account":"google","needs":["viol3"],"path":"google","options":{},"current":"mina-sidor","done":{"open-biometria":"2026-11-26T10:00:00Z"}}`))
	f.Add([]byte(`{"version":2}`))
	f.Add([]byte(`{`))
	f.Fuzz(func(t *testing.T, data []byte) {
		st, err := Parse(data)
		if err != nil || !st.Started() {
			return
		}
		// A state that parses must resume without panicking.
		if _, err := Resume(st, guideChecklist, func(State) error { return nil }); err != nil {
			t.Fatalf("parsed state does not resume: %v", err)
		}
	})
}
