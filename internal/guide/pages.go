package guide

import (
	"slices"
	"strings"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// A Page is a web page as the person sees it at a step, drawn after the
// screenshot in Biometria's instruction: who shows it, and its elements in
// order, with the one to three the person uses marked. It is simplified:
// what helps a person know the page and find the mark is kept, small print
// is left out, so that the mark is in view beside the step's text. Its words are the
// page's own, in Swedish whatever the guide's language, so that the
// drawing and the real page look alike.
type Page struct {
	Brand    Brand
	Elements []Element
	// Caption says which of two pages this is, where a step shows two.
	Caption i18n.Text
}

// Brand is who shows a page, drawn as a plain word, never a logo, and
// only where the instruction's screenshot shows that word.
type Brand int

// The brands of the pages in the instruction. Unbranded pages show none
// in its screenshots.
const (
	Unbranded Brand = iota
	Biometria
	Microsoft
)

// Wordmark is how the page names who shows it.
func (b Brand) Wordmark() string {
	switch b {
	case Biometria:
		return "BIOMETRIA"
	case Microsoft:
		return "Microsoft"
	}
	return ""
}

// Kind is what an element of a page is.
type Kind int

// The kinds of element a page drawing has.
const (
	KindText     Kind = iota // a paragraph
	KindStrong               // a paragraph in bold, such as a name on the page
	KindHeading              // the page's heading
	KindAccount              // the address the page is for, after a back arrow
	KindField                // an input field: Text above it, Hint or Value in it
	KindSelect               // drop-down lists, one per part, with Text above
	KindButton               // a button; Primary for the page's main one
	KindLink                 // a link
	KindChecks               // a list of granted things, each with a check mark
	KindCheckBox             // an empty tick box with Text beside it
	KindNumber               // a large number shown for the person to match
)

// Element is one thing on a page.
type Element struct {
	Kind Kind
	// Text is the words on the page: a label, a link, a heading, a caption.
	Text string
	// Hint is a field's grey placeholder; Value is what it holds in the
	// drawing, always made up (namn@exempel.se, dots for a password).
	Hint, Value string
	Parts       []string // a check list's lines, or a row of drop-downs
	// Typed is how many of a row's first boxes are typed into rather than
	// chosen from: they have no arrow ("År" on Microsoft's birth date).
	Typed   int
	Primary bool // the page's main button, drawn filled
	Inline  bool // on the same line as the element before it
	// Tight joins an Inline element to the one before without a gap, as
	// the full stop after a link in a sentence.
	Tight  bool
	Indent bool // a menu entry under the one above it
	Back   bool // an account line with a back arrow before it
	// Mark is 0 for an element the person leaves alone, and 1, 2, 3 for
	// the ones to use, in the order to use them.
	Mark int
	// Gloss says what a marked element is, for a person who reads the app
	// in another language than the page's Swedish.
	Gloss i18n.Text
}

// Label is the words by which a step names the element: its own text, or
// a field's placeholder. Fields that show only a made-up value have none.
func (e Element) Label() string {
	if e.Text != "" {
		return e.Text
	}
	return e.Hint
}

// Heading is the page's heading, by which the steps name it.
func (p Page) Heading() string {
	for _, e := range p.Elements {
		if e.Kind == KindHeading {
			return e.Text
		}
	}
	return ""
}

// Lines are the page's elements line by line: an element starts a line
// unless it is Inline, when it joins the one before.
func (p Page) Lines() [][]Element {
	var lines [][]Element
	for _, e := range p.Elements {
		if e.Inline && len(lines) > 0 {
			lines[len(lines)-1] = append(lines[len(lines)-1], e)
			continue
		}
		lines = append(lines, []Element{e})
	}
	return lines
}

// Marked lists the marked elements in the order to use them.
func (p Page) Marked() []Element {
	var out []Element
	for n := 1; ; n++ {
		found := false
		for _, e := range p.Elements {
			if e.Mark == n {
				out, found = append(out, e), true
			}
		}
		if !found {
			return out
		}
	}
}

// Gloss says what the marked elements are, for a person who reads the app
// in another language but sees the page in Swedish: "1 “Skapa ett!” =
// create one".
func (p Page) Gloss() i18n.Text {
	var parts []i18n.Text
	for _, e := range p.Marked() {
		if l := e.Label(); l != "" {
			parts = append(parts, i18n.Key("picture.gloss.item", e.Mark, strings.TrimSuffix(l, "."), e.Gloss))
		} else {
			parts = append(parts, i18n.Key("picture.gloss.plain", e.Mark, e.Gloss))
		}
	}
	return i18n.Joined("; ", parts...)
}

// pageLang is the language of the pages' own words.
const pageLang = i18n.Swedish

// Glossed reports whether a person reading in l needs the marks' gloss:
// the pages' words are in Swedish whatever the guide's language.
func Glossed(l i18n.Lang) bool { return l != pageLang }

// Made-up values the drawings show where the instruction's pictures show a
// real person's.
const (
	sampleAddress  = "namn@exempel.se"
	samplePassword = "••••••••"
)

// Small constructors keep the pages below readable.
func heading(s string) Element    { return Element{Kind: KindHeading, Text: s} }
func text(s string) Element       { return Element{Kind: KindText, Text: s} }
func strong(s string) Element     { return Element{Kind: KindStrong, Text: s} }
func link(s string) Element       { return Element{Kind: KindLink, Text: s} }
func button(s string) Element     { return Element{Kind: KindButton, Text: s} }
func primary(s string) Element    { return Element{Kind: KindButton, Text: s, Primary: true} }
func hint(s string) Element       { return Element{Kind: KindField, Hint: s} }
func checks(s ...string) Element  { return Element{Kind: KindChecks, Parts: s} }
func checkBox(s string) Element   { return Element{Kind: KindCheckBox, Text: s} }
func account(back bool) Element   { return Element{Kind: KindAccount, Text: sampleAddress, Back: back} }
func filled(value string) Element { return Element{Kind: KindField, Value: value} }
func inline(e Element) Element    { e.Inline = true; return e }
func tight(e Element) Element     { e.Inline, e.Tight = true, true; return e }

// mark makes e the nth to use; gloss names its words, gloss.<gloss>.
func mark(n int, gloss string, e Element) Element {
	e.Mark, e.Gloss = n, i18n.Key("gloss."+gloss)
	return e
}

// noAccount is the "Inget konto? Skapa ett!" line of the sign-in pages.
func noAccount(m int) []Element {
	l := link("Skapa ett!")
	if m > 0 {
		l = mark(m, "create-one", l)
	}
	return []Element{text("Inget konto?"), inline(l)}
}

// minaSidor is the list of Mina sidor (section 2), with the person's
// service marked.
func minaSidor(service string) Page {
	els := []Element{heading("MINA SIDOR")}
	for _, s := range []string{"IT-tjänster VIOL 2", "VIOL 3 Produktionsmiljö", "Integrationsspecifikationer", "Protokoll",
		"VIOL 3 Kundtestmiljö", "Biometria Utbildning", "Självbetjäningportal", "Volymuppföljning"} {
		e := link(s)
		if s == service {
			e = mark(1, "your-service", e)
		}
		els = append(els, e)
	}
	return Page{Elements: els}
}

// createAccount is Biometria's "Skapa konto" with its three buttons
// (sections 3, 5, 6, 7), the path's own marked.
func createAccount(p Path) Page {
	els := []Element{heading("Skapa konto")}
	for _, b := range []string{"Registrera dig med e-post", "Registrera dig med Microsoft", "Registrera dig med Google"} {
		e := button(b)
		if b == p.Button {
			e.Mark, e.Gloss = 1, p.ButtonMeaning()
		}
		els = append(els, e)
	}
	return Page{Brand: Biometria, Elements: append(els, link("Bakåt"))}
}

// Pages that do not change with the path.
var (
	pageSignIn = Page{Elements: slices.Concat( // section 2.1
		[]Element{heading("Logga in"), filled("")},
		noAccount(1),
		[]Element{link("Kan du inte komma åt ditt konto?"), button("Bakåt"), inline(primary("Nästa")), text("Inloggningsalternativ")})}
	pageWorkAddress = Page{Brand: Biometria, Elements: []Element{ // section 5, 2
		heading("Skapa konto"), text("Ange den e-postadress du vill registrera dig med."),
		mark(1, "your-work-address", filled(sampleAddress)),
		button("Bakåt"), inline(mark(2, "next", primary("Nästa")))}}
	pageWorkPassword = Page{Brand: Microsoft, Elements: []Element{ // section 5, 3
		account(true), heading("Ange lösenord"), mark(1, "your-password", filled(samplePassword)),
		link("Jag har glömt mitt lösenord"), mark(2, "sign-in", primary("Logga in"))}}
	pageAcceptSDC = Page{Elements: []Element{ // sections 5, 4; 6, 5; 7, 10
		account(false), heading("Behörigheter som begärts av:"), strong("SDC-VMF"), text("sdcekfor.onmicrosoft.com"),
		checks("Ta emot dina profildata", "Samla in och logga din aktivitet", "Använd dina profildata och aktivitetsdata"),
		button("Avbryt"), inline(mark(1, "accept", primary("Acceptera")))}}
	pageYourName = Page{Elements: []Element{ // sections 5, 5; 6, 6; 7, 11; 8, 3
		heading("Lägg till mer information"), text("Du kan använda det här e-postmeddelandet för att logga in nästa gång."),
		text(sampleAddress), mark(1, "first-name", hint("Förnamn")), mark(2, "last-name", hint("Efternamn")),
		button("Avbryt"), inline(mark(3, "continue", primary("Fortsätt")))}}
	pageServerError = Page{Brand: Biometria, Elements: []Element{ // section 7, 13
		heading("500 Server Error: Ett fel uppstod"),
		text("Webbplatsen stötte på ett oväntat fel och ansvariga för webbplatsen har notifierats."),
		mark(1, "reload", link("Klicka här för att ladda om sidan."))}}
	pageMyUser = Page{Elements: []Element{ // section 5, 8
		strong("MINA SIDOR"), link("IT-tjänster VIOL 2"), mark(1, "viol3-production", link("VIOL 3 Produktionsmiljö")),
		sub(link("Mina tjänster")), sub(link("Mina ärenden")), sub(mark(2, "my-user", link("Min användare"))),
		heading("Min användare"), text(sampleAddress), strong("Behörigheter")}}
	pageMicrosoftAddress = Page{Elements: slices.Concat( // section 6, 2
		[]Element{heading("Logga in"), mark(1, "your-microsoft-address", filled(sampleAddress))},
		noAccount(0),
		[]Element{mark(2, "next", primary("Nästa"))})}
	pageAuthenticator = Page{Caption: i18n.Key("page.caption.either"), Elements: []Element{ // section 6, 3
		account(true), heading("Kontrollera din Authenticator-app"), mark(1, "match-number", Element{Kind: KindNumber, Value: "40"}),
		text("Välj det nummer som visas för att logga in på Authenticator-appen på din iOS."),
		link("Använd ditt lösenord istället"), link("Jag har inte åtkomst till min Authenticator-app")}}
	pageMicrosoftPassword = Page{Caption: i18n.Key("page.caption.or"), Elements: []Element{ // section 6, 3
		account(true), heading("Ange lösenord"), mark(1, "your-password", filled(samplePassword)),
		link("Har du glömt lösenordet?"), link("Använd min Microsoft-app"), mark(2, "sign-in", primary("Logga in"))}}
	pageStaySignedIn = Page{Elements: []Element{ // section 6, 4
		account(false), heading("Vill du fortsätta vara inloggad?"),
		text("Håll dig inloggad, så att du inte behöver logga in igen nästa gång."), checkBox("Visa inte detta igen"),
		button("Nej"), inline(mark(1, "yes", primary("Ja")))}}
	pageActivationSignIn = Page{Brand: Microsoft, Elements: slices.Concat( // section 7, 2
		[]Element{heading("Logga in"), hint("E-post, telefonnummer eller Skype")},
		noAccount(1),
		[]Element{primary("Nästa"), text("Inloggningsalternativ")})}
	pageActivationAddress = Page{Brand: Microsoft, Elements: []Element{ // section 7, 3
		heading("Skapa konto"), mark(1, "your-e-mail-address", filled(sampleAddress)),
		link("Skaffa en ny e-postadress"), mark(2, "next", primary("Nästa"))}}
	pageActivationPassword = Page{Brand: Microsoft, Elements: []Element{ // section 7, 4
		account(true), heading("Skapa ett lösenord"), text("Ange det lösenord du vill använda med ditt konto."),
		mark(1, "create-password", hint("Skapa lösenord")), checkBox("Visa lösenord"), mark(2, "next", primary("Nästa"))}}
	pageActivationName = Page{Brand: Microsoft, Elements: []Element{ // section 7, 5
		account(true), heading("Vad heter du?"), text("Vi behöver lite mer information för att konfigurera ditt konto."),
		mark(1, "first-name", hint("Förnamn")), mark(2, "last-name", hint("Efternamn")), mark(3, "next", primary("Nästa"))}}
	pageActivationBirth = Page{Brand: Microsoft, Elements: []Element{ // section 7, 6
		account(true), heading("Vilket är ditt födelsedatum?"),
		text("Om ett barn använder den här enheten väljer du deras födelsedatum för att skapa ett barnkonto."),
		{Kind: KindSelect, Text: "Land/region", Parts: []string{"Sverige"}},
		mark(1, "birth-date", Element{Kind: KindSelect, Text: "Födelsedatum", Parts: []string{"År", "Månad", "Dag"}, Typed: 1}),
		mark(2, "next", primary("Nästa"))}}
	pageActivationCode = Page{Brand: Microsoft, Elements: []Element{ // section 7, 7
		account(true), heading("Verifiera e-post"), text("Ange koden som vi skickade till " + sampleAddress + "."),
		text("Om du inte fått e-postmeddelandet, så kontrollera mappen för skräppost eller"), link("försök igen"), tight(text(".")),
		mark(1, "enter-code", hint("Ange kod")),
		checkBox("Jag vill ha information, tips och erbjudanden om Azure och andra Microsoft-produkter och -tjänster."),
		mark(2, "next", primary("Nästa"))}}
	pageActivationRobots = Page{Brand: Microsoft, Elements: []Element{ // section 7, 8
		account(true), heading("Hjälp oss att besegra robotarna"),
		text("Var god lös denna gåta så vi vet att du är en verklig människa"),
		mark(1, "solve-the-puzzle", primary("Lös pusslet"))}}
)

// sub indents a menu entry under the one before it.
func sub(e Element) Element { e.Indent = true; return e }

// pageAcceptBiometria is "Begärda behörigheter" for www.biometria.se
// (sections 5, 6; 6, 7; 7, 12; 8, 4).
var pageAcceptBiometria = Page{Brand: Microsoft, Elements: []Element{
	account(false), heading("Begärda behörigheter"), strong("www.biometria.se"),
	text("Den här appen vill:"), checks("Sign you in and read your profile"),
	button("Avbryt"), inline(mark(1, "accept", primary("Acceptera")))}}

// pagesFor gives the pictures of a step on a path: the pages the
// instruction shows for it. Steps it shows no page for (Outlook.com,
// Biometria's front page, the puzzle itself, Google's sign-in, the MFA
// page) have none, rather than an invented one.
func pagesFor(id string, p Path, service string) []Page {
	switch id {
	case stepPickService.ID:
		return []Page{minaSidor(service)}
	case stepPathButton.ID:
		return []Page{createAccount(p)}
	}
	pages, ok := fixedPages[id]
	if !ok {
		return nil
	}
	return pages
}

// fixedPages are the pictures of the steps whose page is the same on every
// path that has the step.
var fixedPages = map[string][]Page{
	stepCreateOne.ID:       {pageSignIn},
	"work-address":         {pageWorkAddress},
	"work-password":        {pageWorkPassword},
	stepAcceptSDC.ID:       {pageAcceptSDC},
	stepAcceptBiometria.ID: {pageAcceptBiometria},
	stepYourName.ID:        {pageYourName},
	stepServerError.ID:     {pageServerError},
	stepSeeAccount.ID:      {pageMyUser},
	"microsoft-address":    {pageMicrosoftAddress},
	"microsoft-signin":     {pageAuthenticator, pageMicrosoftPassword},
	"stay-signed-in":       {pageStaySignedIn},
	"activation-create":    {pageActivationSignIn},
	"activation-address":   {pageActivationAddress},
	"activation-password":  {pageActivationPassword},
	"activation-name":      {pageActivationName},
	"activation-birth":     {pageActivationBirth},
	"activation-code":      {pageActivationCode},
	"activation-robots":    {pageActivationRobots},
}
