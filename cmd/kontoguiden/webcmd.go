package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/biometria/kontoguiden/internal/appinfo"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/opener"
	"github.com/biometria/kontoguiden/internal/progress"
	"github.com/biometria/kontoguiden/internal/web"
)

// webCommand serves the whole guide to the person's own browser, where a
// screen reader can read it: "kontoguiden web [--no-browser] [--kit FILE]".
// It prints the address it serves on (one line) and ends when the person
// presses Avsluta, after two hours idle, or on Ctrl+C.
func webCommand(args []string, out, errOut io.Writer) error {
	fs := newFlags("web", "web [--no-browser] [--kit FILE] [--lang "+langs()+"]", errOut)
	noBrowser := fs.Bool("no-browser", false, "print the address only; do not open the browser")
	kitFile := fs.String("kit", "", "a field office's kit (default: found as the window finds it)")
	lang := fs.String("lang", "", "language: "+langs()+" (default: the kit's, else the system's)")
	if err := parsedAll(fs, args); err != nil {
		return err
	}
	k, kitErr := loadKit(*kitFile)
	l := k.Language
	if *lang != "" {
		var err error
		if l, err = i18n.ParseLang(*lang); err != nil {
			return usage(err)
		}
	} else if l == "" {
		l = systemLang()
	}
	data, err := webDataFolder()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	open := opener.Served
	if *noBrowser {
		open = nil
	}
	return serveGuide(ctx, guideConfig(data, l, k, kitErr), out, open)
}

// guideConfig is what the served guide works with: the people in the data
// folder, the kit, the language, the clock and the online check, as the
// window has them.
func guideConfig(data string, l i18n.Lang, k kit.Kit, kitErr error) web.Config {
	return web.Config{People: progress.NewPeople(filepath.Join(data, "people"), time.Now), Kit: k, KitErr: kitErr,
		Lang: l, Now: time.Now, Detect: onlineCheck(k)}
}

// serveGuide serves the guide until it ends, printing its address and
// opening the browser at it (unless open is nil).
func serveGuide(ctx context.Context, cfg web.Config, out io.Writer, open func(string) error) error {
	l, err := web.Listen()
	if err != nil {
		return fmt.Errorf("the guide could not be served on this computer: %w", err)
	}
	s := web.New(cfg, l.Addr().String())
	fmt.Fprintln(out, s.StartURL())
	if open != nil {
		if err := open(s.StartURL()); err != nil {
			log.Printf("the browser did not open the guide: %v", err)
		}
	}
	return s.Serve(ctx, l)
}

// webDataFolder is the window's data folder (Fyne's, for the app's ID),
// so that the served guide and the window share each person's progress.
func webDataFolder() (string, error) {
	config, err := os.UserConfigDir()
	if err != nil || !filepath.IsAbs(config) {
		return "", errors.New("this computer has no folder for the app's data, so nothing could be saved")
	}
	dir := filepath.Join(config, "fyne", appinfo.ID)
	return dir, os.MkdirAll(dir, 0o700)
}
