// Package appinfo is the app's ID, name and version as Go constants. They
// are kept in FyneApp.toml and nowhere else: metadata.go is generated from
// it, and a test fails when the two disagree.
package appinfo

//go:generate go run ./gen
