package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/chooser"
	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
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

// parsedAll parses flags and refuses what is left over: a stray word
// would otherwise stop the flags after it from being read.
func parsedAll(fs *flag.FlagSet, args []string) error {
	if err := parsed(fs.Parse(args)); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usage(fmt.Errorf("unexpected argument %q: every value goes with its flag, as --need viol3", chars.Shorten(fs.Arg(0), 80)))
	}
	// A flag given with nothing ("--kit=", a variable that was not set)
	// is not the same as no flag: it would quietly mean the default.
	var empty string
	fs.Visit(func(f *flag.Flag) {
		if empty == "" && f.Value.String() == "" {
			empty = f.Name
		}
	})
	if empty != "" {
		return usage(fmt.Errorf("--%s is given without a value: give one, or leave the flag out", empty))
	}
	return nil
}

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
	"web":       webCommand,
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

// chooseFlags are the flags of "choose".
type chooseFlags struct {
	account, needs, address, service, kitFile, lang, format *string
	offline                                                 *bool
}

func newChooseFlags(errOut io.Writer) (*flag.FlagSet, chooseFlags) {
	fs := newFlags("choose", "choose (--account KIND | --address ADDRESS [--offline]) --need NEED[,NEED...] [--service ENV] [--kit FILE] [--lang "+langs()+"] [--format text|json]", errOut)
	f := chooseFlags{
		account: fs.String("account", "", "the account the person has: "+strings.Join(guide.Strings(guide.AccountIDs()), ", ")),
		address: fs.String("address", "", "the person's e-mail address, to suggest the account kind as the window does"),
		offline: fs.Bool("offline", false, "with --address: ask no one online, use only what the guide and the kit know"),
		kitFile: fs.String("kit", "", "a field office's kit: its domains, service and online_check count, as in the window (default: found as the window finds it)"),
		needs:   fs.String("need", "", "what they need, comma-separated: "+strings.Join(guide.Strings(guide.NeedIDs()), ", ")),
		service: fs.String("service", "", "where they will use VIOL 3: "+strings.Join(guide.Strings(chooser.Environments), ", ")+" (default: the kit's, else production)"),
	}
	f.lang, f.format = langFlag(fs), fs.String("format", "text", "output: text, json")
	return fs, f
}

// chooseOnline asks online about a domain for "choose --address"; tests
// put a stand-in here.
var chooseOnline = onlineCheck

// choose says which path fits an account kind, or an address, and needs.
func choose(args []string, out, errOut io.Writer) error {
	fs, f := newChooseFlags(errOut)
	if err := parsedAll(fs, args); err != nil {
		return err
	}
	l, err := i18n.ParseLang(*f.lang)
	if err != nil {
		return usage(err)
	}
	if *f.format != "text" && *f.format != "json" {
		return usage(fmt.Errorf("unknown format %q: use one of text, json", *f.format))
	}
	k, err := chooseKit(*f.kitFile)
	if err != nil {
		return err
	}
	a, err := chooseAnswers(f, k)
	if err != nil {
		return err
	}
	c, err := a.state.Choice()
	if err != nil {
		return usage(err)
	}
	r := chooseReport(l, c, a)
	if *f.format == "json" {
		return json.NewEncoder(out).Encode(r)
	}
	r.write(out, l)
	return nil
}

// chooseKit finds and reads the kit as the window does (policy, --kit,
// the environment, the computer's, beside the program), so that what the
// office set, above all no online check, holds here too. A bad kit is a
// usage error, as for "kit check".
func chooseKit(flag string) (kit.Kit, error) {
	k, err := kit.Open(kitPlaces(flag))
	if err != nil {
		return k, usage(fmt.Errorf("\"%s\" is not a valid kit (see kontoguiden kit check):\n%w", k.Where.File, err))
	}
	return k, nil
}

// chosen are the answers as the chooser would hold them.
type chosen struct {
	state   *chooser.State
	address bool // the kind was suggested for an address
}

// chooseAnswers runs the chooser's own rules: a kind given with --account
// is the person's own pick; otherwise the address's suggestion, from what
// is known, then online unless --offline or the kit says no.
func chooseAnswers(f chooseFlags, k kit.Kit) (chosen, error) {
	needs, err := parseNeeds(*f.needs)
	if err != nil {
		return chosen{}, err
	}
	service := guide.Service(*f.service)
	if service != "" && !slices.Contains(chooser.Environments, service) {
		return chosen{}, usage(fmt.Errorf("unknown service %q: use one of %s", *f.service, strings.Join(guide.Strings(chooser.Environments), ", ")))
	}
	online := chooseOnline(k)
	if *f.offline {
		online = nil
	}
	st := chooser.New(chooser.Deps{Office: k.Domains, Online: online != nil, Choose: guide.Choose}, guide.Account(*f.account), needs, service, k.Service)
	switch {
	case *f.account != "" && *f.address != "":
		return chosen{}, usage(errors.New("give --account or --address, not both"))
	case *f.account != "":
		if _, err := guide.ParseAccount(*f.account); err != nil {
			return chosen{}, usage(err)
		}
		return chosen{state: st}, nil
	case *f.address == "":
		return chosen{}, usage(fmt.Errorf("--account or --address is required: --account is one of %s", strings.Join(guide.Strings(guide.AccountIDs()), ", ")))
	}
	return suggestFor(*f.address, st, online)
}

// parseNeeds reads a comma-separated list of needs; an unknown one is a
// usage error that lists the good ones.
func parseNeeds(list string) ([]guide.Need, error) {
	var needs []guide.Need
	for _, n := range strings.Split(list, ",") {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		need, err := guide.ParseNeed(n)
		if err != nil {
			return nil, usage(err)
		}
		needs = append(needs, need)
	}
	return needs, nil
}

// suggestFor puts the address in the chooser and asks online if the
// chooser would; a kind that cannot be told is an error naming --account.
func suggestFor(address string, st *chooser.State, online func(context.Context, string) (detect.Suggestion, bool)) (chosen, error) {
	d := detect.Domain(address)
	if chars.Len(address) > maxAddress || !detect.Complete(d) {
		return chosen{}, usage(fmt.Errorf("%q is not an e-mail address such as anna@firma.se", chars.Shorten(address, 60)))
	}
	st.Type(address)
	how := " without asking online (--offline, or the kit turns online checks off)"
	if ask, ok := st.Ask(); ok {
		sug, ok := online(context.Background(), ask.Domain)
		st.Answer(ask, sug, ok)
		how = ": the online check gave no answer (no internet, or too slow)"
	} else if right, slip := detect.Misspelt(d); slip {
		how = fmt.Sprintf(" (did you mean @%s?)", right)
	} else if online != nil {
		how = ""
	}
	if st.Account() == "" {
		return chosen{}, fmt.Errorf("cannot tell which kind of account addresses at @%s are%s; give it with --account (%s)",
			d, how, strings.Join(guide.Strings(guide.AccountIDs()), ", "))
	}
	return chosen{state: st, address: true}, nil
}

// maxAddress is the longest e-mail address there is (RFC 5321).
const maxAddress = 254

// report is what "choose" says, as JSON or text.
type report struct {
	Path          guide.PathID `json:"path"`
	Name          string       `json:"name"`
	Service       string       `json:"service"`
	Reason        string       `json:"reason"`
	Advice        string       `json:"advice"`
	Suggestion    *suggested   `json:"suggestion,omitempty"`
	Preconditions []statement  `json:"preconditions"`
	serviceLabel  string
}

type suggested struct {
	Account guide.Account `json:"account"`
	Name    string        `json:"name"`
	Reason  string        `json:"reason"`
	From    string        `json:"from"` // "known" or "online"
	advice  bool          // the guide's own reading, as every suggestion is
}

type statement struct {
	Text   string `json:"text"`
	Advice bool   `json:"advice"`
}

func chooseReport(l i18n.Lang, c guide.Choice, a chosen) report {
	texts := i18n.Builtin()
	p, _ := guide.Lookup(c.Path)
	r := report{Path: c.Path, Name: texts.Say(l, p.Name()), Service: string(c.Options.Service), serviceLabel: c.Options.Service.Label(),
		Reason: texts.Say(l, c.Reason), Advice: texts.Say(l, c.Advice)}
	if sug, ok := a.state.Suggested(); ok && a.address {
		from := "known"
		if sug.From == chooser.Online {
			from = "online"
		}
		r.Suggestion = &suggested{Account: sug.Account, Name: texts.Say(l, guide.KindOf(sug.Account).Name()), Reason: texts.Say(l, sug.Reason),
			From: from, advice: guide.IsAdvice(sug.Reason)}
	}
	for _, s := range guide.Preconditions {
		r.Preconditions = append(r.Preconditions, statement{Text: texts.Say(l, s), Advice: guide.IsAdvice(s)})
	}
	return r
}

// write prints the report as text, the guide's own words labelled so.
func (r report) write(out io.Writer, l i18n.Lang) {
	texts := i18n.Builtin()
	if s := r.Suggestion; s != nil {
		line := texts.T(l, "choose.suggestion", s.Name, s.Reason)
		if s.advice {
			line = texts.T(l, "print.advice") + ": " + line
		}
		fmt.Fprintf(out, "%s\n", line)
	}
	fmt.Fprintf(out, "%s (%s)\n%s: %s\n%s\n", r.Name, r.Path, texts.T(l, "print.service"), r.serviceLabel, r.Reason)
	if r.Advice != "" {
		fmt.Fprintf(out, "%s: %s\n", texts.T(l, "print.advice"), r.Advice)
	}
	fmt.Fprintf(out, "\n%s:\n", texts.T(l, "print.before"))
	for _, p := range r.Preconditions {
		if p.Advice {
			fmt.Fprintf(out, "- %s: %s\n", texts.T(l, "print.advice"), p.Text)
		} else {
			fmt.Fprintf(out, "- %s\n", p.Text)
		}
	}
}

func checklist(args []string, out, errOut io.Writer) error {
	fs := newFlags("checklist", "checklist --path PATH [--service SERVICE] [--kit FILE] [--lang "+langs()+"] [--format text|json|html] [--out FILE]", errOut)
	path := fs.String("path", "", "the registration path: "+strings.Join(guide.Strings(guide.PathIDs()), ", "))
	service := fs.String("service", "", "the entry under Mina sidor: "+strings.Join(guide.Strings(guide.ServiceIDs()), ", ")+" (default: the kit's, else "+string(guide.ServiceProduction)+")")
	kitFile := fs.String("kit", "", "a field office's kit: its addresses, support and service count, as in the window (default: found as the window finds it)")
	lang, format := langFlag(fs), fs.String("format", "text", "output: text, json, html")
	file := fs.String("out", "", "write to FILE, in UTF-8, instead of standard output (PowerShell 5.1's > would re-encode it)")
	if err := parsedAll(fs, args); err != nil {
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
	k, err := chooseKit(*kitFile)
	if err != nil {
		return err
	}
	svc := cmp.Or(guide.Service(*service), k.Service, guide.ServiceProduction)
	if _, err := guide.ParseService(string(svc)); err != nil {
		return usage(err)
	}
	p, _ := guide.Lookup(id)
	steps, _ := k.Checklist(id, guide.Options{Service: svc})
	sheet := printout.Sheet{Lang: l, Path: p, Steps: steps, Office: k.Office}
	if *file == "" {
		return printout.Write(out, f, sheet)
	}
	var b bytes.Buffer
	if err := printout.Write(&b, f, sheet); err != nil {
		return err
	}
	if err := os.WriteFile(*file, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("cannot write \"%s\": %w", *file, err)
	}
	return nil
}

func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", string(i18n.Langs[0]), "language: "+strings.Join(guide.Strings(i18n.Langs), ", "))
}

// langs are the languages' codes as a usage line lists them: "sv|en".
func langs() string { return strings.Join(guide.Strings(i18n.Langs), "|") }
