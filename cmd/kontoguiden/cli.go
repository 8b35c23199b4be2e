package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/printout"
)

// usageError is a bad command line: exit code 2. The flag package has
// already printed its own parse errors, so those are not printed again.
type usageError struct {
	err     error
	printed bool
}

func (u usageError) Error() string { return u.err.Error() }

func usage(err error) error { return usageError{err: err} }

// parsed turns a flag parse error into a usage error; --help stays as it is.
func parsed(err error) error {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError{err: err, printed: true}
}

// commands are the sub-commands, for support staff and for printing.
var commands = map[string]func(args []string, out, errOut io.Writer) error{
	"choose":    choose,
	"checklist": checklist,
	"kit":       kitCommand,
}

// newFlags makes a flag set whose errors and --help go to errOut.
func newFlags(name, usage string, errOut io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(errOut)
	fs.Usage = func() {
		fmt.Fprintf(errOut, "Usage: kontoguiden %s\n\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

func choose(args []string, out, errOut io.Writer) error {
	fs := newFlags("choose", "choose --account KIND --need NEED[,NEED...] [--lang "+langs()+"] [--format text|json]", errOut)
	account := fs.String("account", "", "the account the person has: "+strings.Join(guide.Strings(guide.AccountIDs()), ", "))
	needs := fs.String("need", "", "what they need, comma-separated: "+strings.Join(guide.Strings(guide.NeedIDs()), ", "))
	lang, format := langFlag(fs), fs.String("format", "text", "output: text, json")
	if err := parsed(fs.Parse(args)); err != nil {
		return err
	}
	l, err := i18n.ParseLang(*lang)
	if err != nil {
		return usage(err)
	}
	var list []guide.Need
	for _, n := range strings.Split(*needs, ",") {
		if n = strings.TrimSpace(n); n != "" {
			list = append(list, guide.Need(n))
		}
	}
	if *account == "" {
		return usage(fmt.Errorf("--account is required: use one of %s", strings.Join(guide.Strings(guide.AccountIDs()), ", ")))
	}
	c, err := guide.Choose(guide.Account(*account), list)
	if err != nil {
		return usage(err)
	}
	p, _ := guide.Lookup(c.Path)
	texts := i18n.Builtin()
	switch *format {
	case "json":
		return json.NewEncoder(out).Encode(map[string]string{"path": string(c.Path), "service": string(c.Options.Service),
			"reason": texts.Say(l, c.Reason), "advice": texts.Say(l, c.Advice)})
	case "text":
		fmt.Fprintf(out, "%s (%s)\n%s: %s\n%s\n", texts.Say(l, p.Name()), c.Path, texts.T(l, "print.service"), c.Options.Service.Label(), texts.Say(l, c.Reason))
		if a := texts.Say(l, c.Advice); a != "" {
			fmt.Fprintf(out, "%s: %s\n", texts.T(l, "print.advice"), a)
		}
		return nil
	}
	return usage(fmt.Errorf("unknown format %q: use one of text, json", *format))
}

func checklist(args []string, out, errOut io.Writer) error {
	fs := newFlags("checklist", "checklist --path PATH [--service SERVICE] [--lang "+langs()+"] [--format text|json|html]", errOut)
	path := fs.String("path", "", "the registration path: "+strings.Join(guide.Strings(guide.PathIDs()), ", "))
	service := fs.String("service", string(guide.ServiceProduction), "the entry under Mina sidor: "+strings.Join(guide.Strings(guide.ServiceIDs()), ", "))
	lang, format := langFlag(fs), fs.String("format", "text", "output: text, json, html")
	if err := parsed(fs.Parse(args)); err != nil {
		return err
	}
	l, err := i18n.ParseLang(*lang)
	if err != nil {
		return usage(err)
	}
	id, err := guide.ParsePath(*path)
	if err != nil {
		return usage(err)
	}
	f := printout.Format(*format)
	if !slices.Contains(printout.Formats, f) {
		return usage(fmt.Errorf("unknown format %q: use one of %s", *format, strings.Join(guide.Strings(printout.Formats), ", ")))
	}
	svc, err := guide.ParseService(*service)
	if err != nil {
		return usage(err)
	}
	p, _ := guide.Lookup(id)
	steps, _ := guide.Checklist(id, guide.Options{Service: svc})
	return printout.Write(out, f, printout.Sheet{Lang: l, Path: p, Steps: steps})
}

func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", string(i18n.Langs[0]), "language: "+strings.Join(guide.Strings(i18n.Langs), ", "))
}

// langs are the languages' codes as a usage line lists them: "sv|en".
func langs() string { return strings.Join(guide.Strings(i18n.Langs), "|") }
