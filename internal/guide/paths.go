package guide

import "fmt"

// Path is one registration path: a section of the instruction.
type Path struct {
	ID      PathID
	Section int
	// Button is the label of the button on Biometria's "Skapa konto" page,
	// which is in Swedish whatever the guide's language; ButtonEN says what
	// it means.
	Button   string
	ButtonEN string
	Name     Text
	// Steps are the path's own steps, after the shared start and the button.
	Steps []Step
	// mfaNote is added to the step about the app, for this path only.
	mfaNote Text
}

// mfaSteps end every path: the app, the page, the verification itself.
var mfaSteps = []Step{stepMFAApp, stepMFAOpen, stepActivateMFA}

// afterSignIn is what every path has after the person has signed in.
var afterSignIn = []Step{stepYourName, stepAcceptBiometria, stepServerError, stepSeeAccount}

func join(parts ...[]Step) []Step {
	var out []Step
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// Paths are the instruction's sections 5 to 8.
var Paths = []Path{
	{ID: PathEmail, Section: 5, Button: "Registrera dig med e-post", ButtonEN: "register with e-mail",
		Name: Text{"Registrera dig med e-post", "Register with e-mail"},
		Steps: join([]Step{
			{ID: "work-address", Title: Text{"Skriv din jobbadress", "Type your work address"},
				Body: Text{"Sidan ”Skapa konto” ber om den e-postadress du vill registrera dig med. Skriv adressen till ditt skol- eller företagskonto och klicka på ”Nästa”.",
					"The page \u201cSkapa konto\u201d asks for the e-mail address you want to register with. Type the address of your school or company account and click \u201cNästa\u201d (next)."}},
			{ID: "work-password", Title: Text{"Logga in hos Microsoft", "Sign in at Microsoft"},
				Body: Text{"Microsoft visar sidan ”Ange lösenord”. Skriv lösenordet till ditt skol- eller företagskonto och klicka på ”Logga in”.",
					"Microsoft shows the page \u201cAnge lösenord\u201d (enter password). Type the password of your school or company account and click \u201cLogga in\u201d (sign in)."},
				Tip: Text{"Lösenordet skriver du bara på Microsofts sida. Kontoguiden frågar aldrig efter det.",
					"You type the password on Microsoft's page only. Kontoguiden never asks for it."},
				Help: []Help{helpForgotPassword}},
			stepAcceptSDC,
		}, afterSignIn, mfaSteps),
		mfaNote: tenantNote},
	{ID: PathMicrosoft, Section: 6, Button: "Registrera dig med Microsoft", ButtonEN: "register with Microsoft",
		Name: Text{"Registrera dig med Microsoft", "Register with Microsoft"},
		Steps: join([]Step{
			{ID: "microsoft-address", Title: Text{"Skriv din Microsoft-adress", "Type your Microsoft address"},
				Body: Text{"Microsoft visar sidan ”Logga in”. Skriv adressen till ditt privata Microsoft-konto och klicka på ”Nästa”.",
					"Microsoft shows the page \u201cLogga in\u201d (sign in). Type the address of your private Microsoft account and click \u201cNästa\u201d (next)."}},
			{ID: "microsoft-signin", Title: Text{"Bekräfta att det är du", "Confirm that it is you"},
				Body: Text{"Microsoft frågar på ett av två sätt.\n\n”Kontrollera din Authenticator-app”: sidan visar ett nummer. Godkänn inloggningen i Authenticator-appen på telefonen genom att välja samma nummer.\n\n”Ange lösenord”: skriv lösenordet till ditt Microsoft-konto och klicka på ”Logga in”.",
					"Microsoft asks in one of two ways.\n\n\u201cKontrollera din Authenticator-app\u201d (check your Authenticator app): the page shows a number. Approve the sign-in in the Authenticator app on your phone by choosing the same number.\n\n\u201cAnge lösenord\u201d (enter password): type your Microsoft account's password and click \u201cLogga in\u201d (sign in)."},
				Help: []Help{helpNoAuthenticator,
					{Text{"Jag har glömt lösenordet", "I have forgotten the password"},
						Text{"Klicka på ”Har du glömt lösenordet?” på Microsofts sida.",
							"Click \u201cHar du glömt lösenordet?\u201d (forgotten your password?) on Microsoft's page."}}}},
			{ID: "stay-signed-in", Title: Text{"Svara ”Ja” på att fortsätta vara inloggad", "Answer \u201cJa\u201d to staying signed in"},
				Body: Text{"Microsoft frågar ”Vill du fortsätta vara inloggad?”. Klicka på ”Ja”.",
					"Microsoft asks \u201cVill du fortsätta vara inloggad?\u201d (do you want to stay signed in?). Click \u201cJa\u201d (yes)."},
				Help: []Help{{Text{"Datorn delas med andra", "Other people use this computer"},
					Text{"Svara ”Ja” ändå, som Biometrias instruktion säger. Logga gärna ut från Microsoft i webbläsaren när du är klar med guiden.",
						"Answer \u201cJa\u201d all the same, as Biometria's instruction says. You may want to sign out of Microsoft in the browser when you have finished the guide."}}}},
			stepAcceptSDC,
		}, afterSignIn, mfaSteps)},
	{ID: PathMicrosoftActivation, Section: 7, Button: "Registrera dig med Microsoft", ButtonEN: "register with Microsoft",
		Name: Text{"Registrera dig med Microsoft (Microsoftaktivering)", "Register with Microsoft (Microsoft activation)"},
		Steps: join([]Step{
			{ID: "activation-create", Title: Text{"Klicka på ”Skapa ett!” hos Microsoft", "Click \u201cSkapa ett!\u201d at Microsoft"},
				Body: Text{"Microsoft visar sidan ”Logga in”. Klicka på länken ”Skapa ett!” efter ”Inget konto?”.",
					"Microsoft shows the page \u201cLogga in\u201d (sign in). Click the link \u201cSkapa ett!\u201d (create one) after \u201cInget konto?\u201d (no account?)."},
				Tip: Text{"Skriv ingenting i fältet: kontot hos Microsoft skapar du i stegen som följer.",
					"Do not type anything in the field: you create the account at Microsoft in the steps that follow."}},
			{ID: "activation-address", Title: Text{"Skriv din e-postadress", "Type your e-mail address"},
				Body: Text{"På sidan ”Skapa konto” skriver du din e-postadress, din Google-adress eller din andra adress, och klickar på ”Nästa”.",
					"On the page \u201cSkapa konto\u201d (create account) you type your e-mail address, your Google address or your other address, and click \u201cNästa\u201d (next)."},
				Help: []Help{{Text{"Jag vill ha en ny adress i stället", "I want a new address instead"},
					Text{"Klicka på ”Skaffa en ny e-postadress” och följ stegen. Adressen ska vara din egen.",
						"Click \u201cSkaffa en ny e-postadress\u201d (get a new e-mail address) and follow the steps. The address must be your own."}}}},
			{ID: "activation-password", Title: Text{"Välj ett nytt lösenord", "Choose a new password"},
				Body: Text{"På sidan ”Skapa ett lösenord” hittar du på ett nytt lösenord för det Microsoftaktiverade kontot. Skriv det i fältet ”Skapa lösenord” och klicka på ”Nästa”. Det ändrar inte lösenordet som du normalt använder för din e-post.",
					"On the page \u201cSkapa ett lösenord\u201d (create a password) you make up a new password for the Microsoft-activated account. Type it in the field \u201cSkapa lösenord\u201d (create password) and click \u201cNästa\u201d (next). It does not change the password you normally use for your e-mail."},
				Tip: Text{"Välj ett lösenord som du kommer ihåg. Skriv det inte på en lapp vid datorn, och inte på en utskrift av guiden.",
					"Choose a password you will remember. Do not write it on a note by the computer, nor on a printout of the guide."}},
			{ID: "activation-name", Title: Text{"Skriv ditt namn hos Microsoft", "Type your name at Microsoft"},
				Body: Text{"Microsoft frågar ”Vad heter du?”. Skriv ditt förnamn i ”Förnamn” och ditt efternamn i ”Efternamn” och klicka på ”Nästa”.",
					"Microsoft asks \u201cVad heter du?\u201d (what is your name?). Type your first name in \u201cFörnamn\u201d and your last name in \u201cEfternamn\u201d and click \u201cNästa\u201d (next)."}},
			{ID: "activation-birth", Title: Text{"Ange ditt födelsedatum", "Enter your date of birth"},
				Body: Text{"Microsoft frågar ”Vilket är ditt födelsedatum?”. Ange år, månad och dag under ”Födelsedatum” och klicka på ”Nästa”.",
					"Microsoft asks \u201cVilket är ditt födelsedatum?\u201d (what is your date of birth?). Enter the year, month and day under \u201cFödelsedatum\u201d (date of birth) and click \u201cNästa\u201d (next)."}},
			{ID: "activation-code", Title: Text{"Skriv koden från mejlet", "Type the code from the e-mail"},
				Body: Text{"Microsoft mejlar en kod till din vanliga e-postadress, i ett mejl som heter ”Verifiera din e-postadress”. Skriv koden i ”Ange kod” på sidan ”Verifiera e-post” och klicka på ”Nästa”.",
					"Microsoft e-mails a code to your usual e-mail address, in an e-mail called \u201cVerifiera din e-postadress\u201d (verify your e-mail address). Type the code in \u201cAnge kod\u201d (enter code) on the page \u201cVerifiera e-post\u201d (verify e-mail) and click \u201cNästa\u201d (next)."},
				Tip: Text{"Öppna din e-post i en ny flik eller på telefonen, så försvinner inte Microsofts sida.",
					"Open your e-mail in a new tab or on your phone, so that Microsoft's page stays open."},
				Help: []Help{helpCodeMissing}},
			{ID: "activation-robots", Title: Text{"Klicka på ”Lös pusslet”", "Click \u201cLös pusslet\u201d"},
				Body: Text{"Sidan ”Hjälp oss att besegra robotarna” vill veta att du är en verklig människa. Klicka på ”Lös pusslet”.",
					"The page \u201cHjälp oss att besegra robotarna\u201d (help us beat the robots) wants to know that you are a real person. Click \u201cLös pusslet\u201d (solve the puzzle)."}},
			{ID: "activation-puzzle", Title: Text{"Lös pusslet", "Solve the puzzle"},
				Body: Text{"Pussel från Microsoft kan se olika ut och ha upp till 10 olika steg. I ett av dem vrider du med pilarna en bild åt samma håll som handen pekar. Fortsätt tills sidan visar att du är klar.",
					"Puzzles from Microsoft can look different and have up to 10 different steps. In one of them you use the arrows to turn a picture the same way as the hand points. Keep going until the page shows that you are done."},
				Help: []Help{helpPuzzle}},
			stepAcceptSDC,
		}, afterSignIn, mfaSteps)},
	{ID: PathGoogle, Section: 8, Button: "Registrera dig med Google", ButtonEN: "register with Google",
		Name: Text{"Registrera dig med Google", "Register with Google"},
		Steps: join([]Step{
			{ID: "google-signin", Title: Text{"Logga in med Google", "Sign in with Google"},
				Body: Text{"Google ber om din e-postadress och ditt lösenord hos Google. Ange dem. Är du redan inloggad hos Google i webbläsaren hoppas det här över av sig självt.",
					"Google asks for your e-mail address and your password at Google. Enter them. If you are already signed in to Google in the browser, this is skipped by itself."},
				Help: []Help{helpGoogleSignedIn}},
		}, afterSignIn, mfaSteps)},
}

// Lookup returns the path with this ID.
func Lookup(id PathID) (Path, error) {
	for _, p := range Paths {
		if p.ID == id {
			return p, nil
		}
	}
	return Path{}, errUnknown("path", string(id), PathIDs())
}

// Checklist returns every step of a path in order, adapted to the options:
// an address to create first where needed, the shared start of the
// instruction's section 2, the path's button, and then the path's own steps.
func Checklist(id PathID, o Options) ([]Step, error) {
	p, err := Lookup(id)
	if err != nil {
		return nil, err
	}
	var steps []Step
	if o.CreateAddress {
		steps = append(steps, stepCreateAddress)
	}
	steps = append(steps, stepOpenBiometria, stepMinaSidor, stepPickService, stepCreateOne, stepPathButton)
	steps = append(steps, p.Steps...)
	service := o.Service
	if service == "" {
		service = ServiceProduction
	}
	names := map[string]Text{
		placeService:  service.Name(),
		placeButton:   {p.Button, p.Button},
		placeButtonEN: {p.ButtonEN, p.ButtonEN},
	}
	for i, s := range steps {
		if s.ID == stepOpenBiometria.ID {
			n := fmt.Sprint(i + 1)
			names[placeOpenStep] = Text{n, n}
		}
	}
	for i := range steps {
		steps[i] = fill(steps[i], names)
		steps[i].Pages = pagesFor(steps[i].ID, p, service.Name().SV)
		if steps[i].ID == stepMFAApp.ID && p.mfaNote.SV != "" {
			steps[i].Body = Text{steps[i].Body.SV + "\n\n" + p.mfaNote.SV, steps[i].Body.EN + "\n\n" + p.mfaNote.EN}
		}
	}
	return steps, nil
}

// fill puts names into a step's placeholders, in every text it has.
func fill(s Step, names map[string]Text) Step {
	help := make([]Help, len(s.Help))
	for place, name := range names {
		s.Title = s.Title.Replace(place, name)
		s.Body = s.Body.Replace(place, name)
		s.Paper = s.Paper.Replace(place, name)
		s.Tip = s.Tip.Replace(place, name)
	}
	for i, h := range s.Help {
		for place, name := range names {
			h.Problem, h.Fix = h.Problem.Replace(place, name), h.Fix.Replace(place, name)
		}
		help[i] = h
	}
	s.Help = help
	return s
}

// StepIDs lists every step ID the guide has, in no particular path, each once.
func StepIDs() []string {
	var ids []string
	seen := map[string]bool{}
	for _, p := range Paths {
		steps, _ := Checklist(p.ID, Options{CreateAddress: true})
		for _, s := range steps {
			if !seen[s.ID] {
				seen[s.ID] = true
				ids = append(ids, s.ID)
			}
		}
	}
	return ids
}
