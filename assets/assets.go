// Package assets holds what the app embeds: its icons and the translations
// of every text the screens show around the guide's own.
package assets

import (
	"embed"
	_ "embed"
)

// Translations holds the words of every language, a JSON file each in
// translations/app (the app's own) and translations/guide (the guide's).
//
//go:embed translations/app/*.json translations/guide/*.json
var Translations embed.FS

// FyneWords holds the words of Fyne's own widgets and dialogs (the save
// dialog's, an entry's menu), a JSON file each in translations/fyne in
// the form Fyne reads, so that they follow the app's language, not the
// computer's.
//
//go:embed translations/fyne/*.json
var FyneWords embed.FS

// Icon is the app icon, a 256×256 PNG of 8 bits a channel: the largest
// size any desktop asks of it, and quick to decode at start.
//
//go:embed icons/kontoguiden.png
var Icon []byte

// Web marks a button that opens a web page.
//
//go:embed icons/web.svg
var Web []byte
