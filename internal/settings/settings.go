// Package settings keeps the few choices that hold for everyone at this
// computer account: the language and the text size. They live in a small
// file of the app's own, written whole each time, rather than in Fyne's
// preferences, which two running copies can catch half-written.
package settings

import (
	"encoding/json"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/safefile"
)

// FileName is the settings file in the app's data folder.
const FileName = "settings.json"

// Settings are the remembered choices; the zero value is "not chosen".
type Settings struct {
	Lang      i18n.Lang `json:"lang,omitempty"`
	TextScale float64   `json:"textScale,omitempty"`
}

// Store keeps settings in a folder.
type Store struct {
	Dir string
}

// Load reads the settings. A missing or unreadable file is no choice made:
// settings are never worth stopping for. It is read as the app's other
// files are: only a small regular file, never through a link that leads
// out of the folder, so that a pipe or a device there cannot stall the
// start.
func (s Store) Load() Settings {
	var st Settings
	data, err := safefile.ReadIn(s.Dir, FileName)
	if err != nil || json.Unmarshal(data, &st) != nil {
		return Settings{}
	}
	if _, err := i18n.ParseLang(string(st.Lang)); err != nil {
		st.Lang = ""
	}
	return st
}

// Save writes the settings whole.
func (s Store) Save(st Settings) error {
	data, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return safefile.Write(s.Dir, FileName, data)
}
