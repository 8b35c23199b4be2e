// Code generated from FyneApp.toml by "go generate ./internal/appinfo"; DO NOT EDIT.

package appinfo

const (
	ID      = "se.biometria.kontoguiden"
	Name    = "Kontoguiden"
	Version = "0.1.0"
)
