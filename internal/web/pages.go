package web

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"html/template"
	"log"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/biometria/kontoguiden/internal/chooser"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/printout"
	"github.com/biometria/kontoguiden/internal/progress"
)

// state is where the person is: who, their answers, and what the next
// page says once (news in a status region, a problem in an alert).
type state struct {
	lang    i18n.Lang
	session *progress.Session
	chooser *chooser.State
	settled bool
	news    string
	alert   string
}

//go:embed web.html
var webHTML string

var pages = template.Must(printout.Partials().New("web").Parse(webHTML))

// view is what every page gets.
type view struct {
	Lang   i18n.Lang
	Other  i18n.Lang
	T      func(key string, args ...any) string
	Say    func(t i18n.Text) string
	Form   string
	Title  string
	Page   string // which screen's block to show
	News   string
	Alert  string
	Office string
	Switch string // the other language's name for itself
	Base   string // the secret path every address here starts with
	Person string // who the guide has now, if anyone
	Query  url.Values
	Data   any
}

func (s *Server) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /{$}", s.page(s.welcome))
	mux.HandleFunc("POST /person/new", s.change(s.newPerson))
	mux.HandleFunc("POST /person/resume", s.change(s.resume))
	mux.HandleFunc("GET /forget", s.page(s.askForget))
	mux.HandleFunc("POST /person/forget", s.change(s.forget))
	mux.HandleFunc("POST /person/leave", s.change(s.leave))
	mux.HandleFunc("GET /choose", s.page(s.choose))
	mux.HandleFunc("POST /choose", s.change(s.answer))
	mux.HandleFunc("GET /recommend", s.page(s.recommend))
	mux.HandleFunc("POST /begin", s.change(s.begin))
	mux.HandleFunc("GET /step", s.page(s.step))
	mux.HandleFunc("POST /step", s.change(s.tick))
	mux.HandleFunc("GET /done", s.page(s.finishedPage))
	mux.HandleFunc("GET /receipt", s.receipt)
	mux.HandleFunc("GET /guide", s.wholeGuide)
	mux.HandleFunc("POST /lang", s.change(s.switchLang))
	mux.HandleFunc("POST /quit", s.quitNow)
}

// page renders a screen: the handler fills the view or sends the person
// elsewhere (a redirect) by returning "".
func (s *Server) page(fill func(*view) string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		v := s.view(s.st.lang)
		v.Query = r.URL.Query()
		to := fill(&v)
		if to == "" {
			v.News, v.Alert = s.st.news, s.st.alert
			s.st.news, s.st.alert = "", ""
		}
		s.mu.Unlock()
		if to != "" {
			http.Redirect(w, r, s.base+to, http.StatusSeeOther)
			return
		}
		var b bytes.Buffer
		if err := pages.ExecuteTemplate(&b, "web", v); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b.Bytes())
	}
}

// change does what a form asks and sends the person to the page it names
// (post, redirect, get: every move is a fresh page).
func (s *Server) change(do func(*http.Request) string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		to := do(r)
		s.mu.Unlock()
		http.Redirect(w, r, s.base+to, http.StatusSeeOther)
	}
}

func (s *Server) view(l i18n.Lang) view {
	c := s.cfg.Texts
	other := i18n.Langs[0]
	if other == l {
		other = i18n.Langs[1]
	}
	person := ""
	if s.st.session != nil {
		person = s.st.session.Name
	}
	return view{Lang: l, Other: other, Form: s.form, Office: s.cfg.Kit.Office, Switch: c.T(other, "lang.switch"), Base: s.base, Person: person,
		T:   func(key string, args ...any) string { return c.T(l, key, args...) },
		Say: func(t i18n.Text) string { return c.Say(l, t) }}
}

func (s *Server) t(key string, args ...any) string { return s.cfg.Texts.T(s.st.lang, key, args...) }

// says are texts as the printout shows them, advice labelled.
func (s *Server) says(ts ...i18n.Text) []printout.SaidView {
	return printout.Says(s.cfg.Texts, s.st.lang, ts...)
}

// report says a save's failure as the window does, in the person's words;
// the program's own error text goes only to the log.
func (s *Server) report(err error) {
	if err != nil {
		log.Printf("progress not saved: %v", err)
		s.st.alert = s.cfg.Texts.Say(s.st.lang, progress.SaveProblem(err))
	}
}

// person is one row of the welcome list.
type person struct {
	ID, Status, Resume, Forget string
}

func (s *Server) welcome(v *view) string {
	v.Page, v.Title = "welcome", s.t("welcome.heading")
	people, err := s.cfg.People.List()
	switch {
	case err != nil:
		s.st.alert = s.t("error.list")
	case s.cfg.KitErr != nil && s.st.alert == "":
		s.st.alert = s.t("error.kit")
	}
	var rows []person
	for _, p := range people {
		name := s.named(p)
		rows = append(rows, person{ID: p.ID, Status: v.Say(p.Status(s.cfg.Kit.Checklist)),
			Resume: s.t("welcome.resume", name), Forget: s.t("welcome.forget", name)})
	}
	v.Data = rows
	return ""
}

// let lets the person in the session go, so that the next can come.
func (s *Server) let() {
	s.st.session.Close()
	s.st.session, s.st.chooser = nil, nil
}

func (s *Server) newPerson(r *http.Request) string {
	name := progress.CleanName(r.PostForm.Get("name"))
	if name == "" {
		s.st.alert = s.t("web.name.empty")
		return "/"
	}
	s.let()
	sess, err := s.cfg.People.Add(name)
	if sess == nil {
		s.st.alert = s.t("error.open", err)
		return "/"
	}
	s.report(err)
	s.st.session, s.st.chooser = sess, s.choosing(progress.State{})
	return "/choose"
}

func (s *Server) resume(r *http.Request) string {
	p, ok := s.person(r.PostForm.Get("id"))
	if !ok {
		return "/"
	}
	s.let()
	sess, err := s.cfg.People.Open(p.ID)
	if errors.Is(err, progress.ErrHeld) {
		s.st.alert = s.t("error.open.elsewhere", p.Name)
		return "/"
	}
	s.report(err)
	sess.Name = p.Name
	s.st.session = sess
	st, err := sess.Load(s.cfg.Kit.Checklist)
	switch {
	case errors.Is(err, progress.ErrNewer):
		s.st.alert = s.t("error.newer")
	case err != nil:
		s.st.alert = s.t("error.broken")
	}
	switch {
	case sess.Journey == nil:
		s.st.chooser = s.choosing(st)
		return "/choose"
	case sess.Journey.Finished():
		return "/done"
	}
	return "/step"
}

// person finds someone saved here by ID; ok is false for no one.
func (s *Server) person(id string) (progress.Person, bool) {
	people, _ := s.cfg.People.List()
	i := slices.IndexFunc(people, func(p progress.Person) bool { return p.ID == id })
	if i < 0 {
		return progress.Person{}, false
	}
	return people[i], true
}

// named is a person's name as a sentence says it: "okänd person" for one
// whose name could not be read.
func (s *Server) named(p progress.Person) string {
	if p.Name == "" {
		return s.t("person.unknown")
	}
	return p.Name
}

// forgetting is the page that asks before a person is forgotten.
type forgetting struct {
	ID, Body string
}

// askForget asks first, as the window does: forgetting cannot be undone.
func (s *Server) askForget(v *view) string {
	p, ok := s.person(v.Query.Get("id"))
	if !ok {
		return "/"
	}
	v.Page, v.Title = "forget", s.t("forget.title", s.named(p))
	v.Data = forgetting{ID: p.ID, Body: s.t("forget.body", s.named(p))}
	return ""
}

func (s *Server) forget(r *http.Request) string {
	p, ok := s.person(r.PostForm.Get("id"))
	if !ok {
		return "/"
	}
	if s.st.session != nil && s.st.session.ID == p.ID {
		s.let()
	}
	switch err := s.cfg.People.Forget(p.ID); {
	case errors.Is(err, progress.ErrHeld):
		s.st.alert = s.t("error.forget.elsewhere", s.named(p))
	case err != nil:
		s.report(err)
	default:
		s.st.news = s.t("forget.done", s.named(p))
	}
	return "/"
}

// leave lets the person go and shows the first page, for the next one.
func (s *Server) leave(*http.Request) string {
	s.let()
	return "/"
}

// LetGo is how long the guide keeps a person it hears nothing from: a tab
// closed without Avsluta must not keep them from the window for hours.
const LetGo = 10 * time.Minute

// letGoIfIdle lets the person go after LetGo without a request; the next
// page says so.
func (s *Server) letGoIfIdle() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st.session != nil && s.cfg.Now().Sub(s.last) > LetGo {
		s.let()
		s.st.alert = s.t("web.away")
	}
}

// choosing starts the chooser from a person's saved answers, as the
// window does.
func (s *Server) choosing(st progress.State) *chooser.State {
	k := s.cfg.Kit
	return chooser.New(chooser.Deps{Office: k.Domains, Online: s.cfg.Detect != nil, Choose: guide.Choose},
		st.Account, st.Needs, st.Options.Service, k.Service)
}

// choice is the chooser's page: its questions and the person's answers.
type choice struct {
	Address, Says string
	Accounts      []option
	Needs         []option
	Envs          []option
	Missing       string
}

type option struct {
	Value, Label, Hint string
	On                 bool
}

func (s *Server) choose(v *view) string {
	if s.st.chooser == nil {
		return "/"
	}
	st := s.st.chooser
	v.Page, v.Title = "choose", s.t("chooser.heading")
	c := choice{Address: st.Address(), Says: s.addressLine(st)}
	for _, k := range guide.Accounts {
		c.Accounts = append(c.Accounts, option{string(k.ID), v.Say(k.Name()), v.Say(k.Examples()), st.Account() == k.ID})
	}
	for _, n := range guide.Needs {
		c.Needs = append(c.Needs, option{Value: string(n.ID), Label: v.Say(n.Name()), On: st.Has(n.ID)})
	}
	for _, e := range chooser.Environments {
		c.Envs = append(c.Envs, option{Value: string(e), Label: s.t("chooser.environment.name", e.Label()), On: st.Environment() == e})
	}
	v.Data = c
	return ""
}

// answer takes the chooser's form. "Föreslå" reads the address (asking
// online where allowed, for at most a few seconds); "Nästa" goes on when
// the answers lead to a path.
func (s *Server) answer(r *http.Request) string {
	st := s.st.chooser
	if st == nil {
		return "/"
	}
	f := r.PostForm
	if f.Get("do") == "suggest" {
		st.Type(f.Get("address"))
		s.st.settled = true
		s.ask(st)
		s.st.news = s.addressLine(st)
		return "/choose"
	}
	if a := guide.Account(f.Get("account")); a != "" && slices.Contains(guide.AccountIDs(), a) {
		st.Pick(a)
	}
	for _, n := range guide.Needs {
		st.Need(n.ID, slices.Contains(f["need"], string(n.ID)))
	}
	if e := guide.Service(f.Get("env")); slices.Contains(chooser.Environments, e) {
		st.SetEnvironment(e)
	}
	if !st.Ready() {
		s.st.alert = s.incomplete(st)
		return "/choose"
	}
	return "/recommend"
}

// ask runs the online check of the address's domain, if it is due, and
// waits for its answer (the check has its own time limit).
func (s *Server) ask(st *chooser.State) {
	a, ok := st.Ask()
	if !ok || s.cfg.Detect == nil {
		return
	}
	s.mu.Unlock() // the check takes seconds; other pages may be asked for
	sug, found := s.cfg.Detect(context.Background(), a.Domain)
	s.mu.Lock()
	st.Answer(a, sug, found)
}

func (s *Server) incomplete(st *chooser.State) string {
	if len(st.Needs()) == 0 {
		return s.t("chooser.incomplete.needs")
	}
	return s.t("chooser.incomplete.account")
}

// addressLine is what the chooser makes of the address, with the guide's
// label where it is the guide's own suggestion, as the window says it.
func (s *Server) addressLine(st *chooser.State) string {
	says, _ := st.Says(s.st.settled)
	line := s.cfg.Texts.Say(s.st.lang, says)
	if guide.IsAdvice(says) && line != "" {
		line = s.t("chooser.suggestion.label") + ": " + line
	}
	return line
}

// recommendation is the path the answers lead to, and why.
type recommendation struct {
	Button, Service string
	Why, Before     []printout.SaidView
	Steps           int
}

func (s *Server) recommend(v *view) string {
	if s.st.chooser == nil || !s.st.chooser.Ready() {
		return "/choose"
	}
	c, _ := s.st.chooser.Choice()
	p, _ := guide.Lookup(c.Path)
	steps, _ := s.cfg.Kit.Checklist(c.Path, c.Options)
	v.Page, v.Title = "recommend", s.t("recommend.heading")
	why := []i18n.Text{c.Reason}
	if !c.Advice.IsZero() {
		why = append(why, c.Advice)
	}
	v.Data = recommendation{Button: p.Button, Service: c.Options.Service.Label(), Why: s.says(why...),
		Before: s.says(guide.Preconditions...), Steps: len(steps)}
	return ""
}

func (s *Server) begin(*http.Request) string {
	if s.st.session == nil || s.st.chooser == nil || !s.st.chooser.Ready() {
		return "/"
	}
	st := s.st.chooser
	c, _ := st.Choice()
	s.report(s.st.session.Start(st.Account(), st.Needs(), c, s.cfg.Kit.Checklist))
	return "/step"
}

// stepView is one step of the person's journey as its page shows it.
type stepView struct {
	printout.StepView
	Index, Count int
	Names        []stepName
	MFA          bool
	Support      string
}

type stepName struct {
	I             int
	Title         string
	Current, Done bool
	Open          bool
}

func (s *Server) step(v *view) string {
	j := s.journey()
	if j == nil {
		return "/"
	}
	if j.Finished() {
		return "/done"
	}
	steps := j.Steps()
	path, _ := guide.Lookup(j.State().Path)
	views := printout.Views(printout.Sheet{Lang: s.st.lang, Texts: s.cfg.Texts, Path: path, Steps: steps})
	i := j.Index()
	sv := stepView{StepView: allowed(views[i]), Index: i, Count: len(steps), MFA: steps[i].MFA, Support: s.cfg.Kit.Support.Who()}
	for n, st := range steps {
		sv.Names = append(sv.Names, stepName{I: n, Title: v.Say(st.Title()), Current: n == i, Done: j.IsDone(n), Open: j.CanVisit(n)})
	}
	v.Page, v.Title = "step", s.t("step.count", i+1, len(steps))+": "+sv.Title
	v.Data = sv
	return ""
}

// allowed keeps only the addresses the window would open: the same
// allow-list, whatever a kit or a bug put there.
func allowed(v printout.StepView) printout.StepView {
	list := kit.Allowed()
	if list.Check(v.URL) != nil {
		v.URL = ""
	}
	v.Links = slices.DeleteFunc(slices.Clone(v.Links), func(l [2]string) bool { return list.Check(l[1]) != nil })
	return v
}

func (s *Server) journey() *progress.Journey {
	if s.st.session == nil {
		return nil
	}
	return s.st.session.Journey
}

// tick takes the step page's forms: done, back, another step, or the
// check that ends the journey.
func (s *Server) tick(r *http.Request) string {
	j := s.journey()
	if j == nil {
		return "/"
	}
	now := s.cfg.Now()
	var err error
	switch f := r.PostForm; f.Get("do") {
	case "done":
		err = j.Complete(now)
	case "back":
		if j.Index() == 0 {
			return "/recommend"
		}
		err = j.Back()
	case "visit":
		if i := atoi(f.Get("i")); i >= 0 && i < len(j.Steps()) && j.CanVisit(i) {
			err = j.Visit(i)
		}
	case "mfa":
		if f.Get("confirmed") != "yes" {
			s.st.alert = s.t("mfa.wait")
			return "/step"
		}
		err = j.ConfirmMFA(now)
	}
	if err == nil {
		s.st.news = s.t("web.saved")
	}
	s.report(err)
	if j.Finished() {
		return "/done"
	}
	return "/step#main"
}

// finished is the done page's content.
type finished struct {
	Next []printout.SaidView
}

func (s *Server) finishedPage(v *view) string {
	j := s.journey()
	if j == nil || !j.Finished() {
		return "/"
	}
	v.Page, v.Title = "done", s.t("done.heading")
	v.Data = finished{Next: s.says(i18n.Key("done.next.body"), i18n.Key("done.next.tip"))}
	return ""
}

// receipt is the printable receipt of a finished journey, as the window
// saves it.
func (s *Server) receipt(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	j := s.journey()
	if j == nil || !j.Finished() {
		s.mu.Unlock()
		http.Redirect(w, r, s.base+"/", http.StatusSeeOther)
		return
	}
	st := j.State()
	p, _ := guide.Lookup(st.Path)
	sheet := printout.Sheet{Lang: s.st.lang, Texts: s.cfg.Texts, Path: p, Steps: j.Steps(), Office: s.cfg.Kit.Office,
		Name: s.st.session.Name, Done: st.Done, Finished: st.Finished}
	s.mu.Unlock()
	var b bytes.Buffer
	if err := printout.Write(&b, printout.HTML, sheet); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
}

// wholeGuide is every path's steps on one printable page, as the office's
// kit adapts them: the page the app wrote before it could serve the guide.
func (s *Server) wholeGuide(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	k, l := s.cfg.Kit, s.st.lang
	s.mu.Unlock()
	var b bytes.Buffer
	g := printout.Guide{Texts: s.cfg.Texts, Lang: l, Office: k.Office, Support: k.Support.Details(), Service: k.Service, Steps: k.Checklist}
	if err := printout.WriteGuide(&b, g); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
}

func (s *Server) switchLang(r *http.Request) string {
	if l, err := i18n.ParseLang(r.PostForm.Get("lang")); err == nil {
		s.st.lang = l
	}
	to := r.PostForm.Get("back")
	if !slices.Contains([]string{"/", "/choose", "/recommend", "/step", "/done"}, to) {
		to = "/"
	}
	return to
}

// quitNow ends the guide: the person is let go and the server stops.
func (s *Server) quitNow(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	v := s.view(s.st.lang)
	s.mu.Unlock()
	v.Page, v.Title = "bye", s.t("web.bye")
	var b bytes.Buffer
	pages.ExecuteTemplate(&b, "web", v)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
	go func() { time.Sleep(100 * time.Millisecond); s.end() }()
}
