package progress

import (
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
// for n = 1, 2, 3, … so that any file read back can be checked whole.
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
	}
}

// A crash at any moment of a save leaves the old state or the new one.
func TestKilledMidSaveLeavesAWholeState(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child process many times")
	}
	dir := t.TempDir()
	kills, checked := 40, 0
	for i := 0; i < kills; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), saveLoopEnv+"="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(5+rand.IntN(40)) * time.Millisecond)
		cmd.Process.Kill() // SIGKILL: no chance to tidy up
		cmd.Wait()
		data, err := os.ReadFile(filepath.Join(dir, FileName))
		if os.IsNotExist(err) {
			continue // killed before the first save
		}
		st, err := Parse(data)
		if err != nil {
			t.Fatalf("kill %d left a file that does not parse: %v\n%s", i, err, data)
		}
		n, _ := strconv.Atoi(st.Name)
		if n < 1 || len(st.Done) != n {
			t.Fatalf("kill %d left a mixed state: name %q with %d ticks", i, st.Name, len(st.Done))
		}
		checked++
	}
	if checked < kills/2 {
		t.Errorf("only %d of %d kills left a file to check", checked, kills)
	}
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
