package guide

// Path is one registration path: a section of the instruction.
type Path struct {
	ID      PathID
	Section int
	// Button is the label of the button on Biometria's "Skapa konto" page,
	// which is in Swedish whatever the guide's language.
	Button string
	Name   Text
	// Steps are the path's own steps, after the shared start and the button.
	Steps []Step
}

// Paths are the instruction's sections 5 to 8.
var Paths = []Path{
	{PathEmail, 5, "Registrera dig med e-post",
		Text{"Registrera dig med e-post", "Register with e-mail"},
		[]Step{
			{ID: "work-address", Title: Text{"Skriv din jobbadress", "Type your work address"},
				Body: Text{"Skriv e-postadressen till ditt jobb- eller skolkonto och klicka på ”Nästa”.",
					"Type the e-mail address of your work or school account and click \"Nästa\" (next)."}},
			{ID: "work-password", Title: Text{"Logga in hos Microsoft", "Sign in at Microsoft"},
				Body: Text{"Nu visar Microsoft en sida som frågar efter lösenordet. Skriv samma lösenord som du använder för jobbets e-post och klicka på ”Logga in”. Kontoguiden frågar aldrig efter ditt lösenord.",
					"Microsoft now shows a page that asks for the password. Type the same password you use for your work e-mail and click \"Logga in\" (sign in). Kontoguiden never asks for your password."},
				Help: []Help{{Text{"Jag har glömt lösenordet", "I have forgotten the password"},
					Text{"Klicka på ”Jag har glömt mitt lösenord”, eller fråga den som sköter datorerna på jobbet.",
						"Click \"Jag har glömt mitt lösenord\" (I forgot my password), or ask whoever looks after the computers at work."}}}},
			stepAcceptSDC, stepYourName, stepAcceptBiometria, stepServerError, stepSeeAccount, stepActivateMFA,
		}},
	{PathMicrosoft, 6, "Registrera dig med Microsoft",
		Text{"Registrera dig med Microsoft", "Register with Microsoft"},
		[]Step{
			{ID: "microsoft-address", Title: Text{"Skriv din Microsoft-adress", "Type your Microsoft address"},
				Body: Text{"Microsoft visar en inloggningssida. Skriv adressen till ditt privata Microsoft-konto, till exempel den som slutar på outlook.com eller hotmail.com, och klicka på ”Nästa”.",
					"Microsoft shows a sign-in page. Type the address of your private Microsoft account, for example the one ending in outlook.com or hotmail.com, and click \"Nästa\" (next)."}},
			{ID: "microsoft-signin", Title: Text{"Bekräfta att det är du", "Confirm that it is you"},
				Body: Text{"Microsoft frågar på ett av två sätt. Antingen visar sidan en siffra: öppna Authenticator-appen på telefonen och tryck på samma siffra. Eller så frågar sidan efter lösenordet till ditt Microsoft-konto: skriv det och klicka på ”Logga in”.",
					"Microsoft asks in one of two ways. Either the page shows a number: open the Authenticator app on your phone and tap the same number. Or the page asks for your Microsoft account's password: type it and click \"Logga in\" (sign in)."},
				Help: []Help{helpNoAuthenticator}},
			{ID: "stay-signed-in", Title: Text{"Svara ”Ja” på att vara inloggad", "Answer \"Ja\" to staying signed in"},
				Body: Text{"Microsoft frågar ”Vill du fortsätta vara inloggad?”. Klicka på ”Ja”.",
					"Microsoft asks \"Vill du fortsätta vara inloggad?\" (stay signed in?). Click \"Ja\" (yes)."},
				Help: []Help{{Text{"Datorn delas med andra", "Other people use this computer"},
					Text{"Det går bra att svara ”Ja” nu. Logga ut från Microsoft i webbläsaren när du är klar med guiden.",
						"Answering \"Ja\" now is fine. Sign out of Microsoft in the browser when you have finished the guide."}}}},
			stepAcceptSDC, stepYourName, stepAcceptBiometria, stepServerError, stepSeeAccount, stepActivateMFA,
		}},
	{PathMicrosoftActivation, 7, "Registrera dig med Microsoft",
		Text{"Registrera dig med Microsoft (Microsoftaktivering)", "Register with Microsoft (Microsoft activation)"},
		[]Step{
			{ID: "activation-create", Title: Text{"Klicka på ”Skapa ett!” hos Microsoft", "Click \"Skapa ett!\" at Microsoft"},
				Body: Text{"Microsoft visar en inloggningssida. Skriv ingenting i fältet. Klicka på ”Skapa ett!” efter ”Inget konto?”.",
					"Microsoft shows a sign-in page. Do not type anything in the field. Click \"Skapa ett!\" (create one) after \"Inget konto?\" (no account?)."}},
			{ID: "activation-address", Title: Text{"Skriv din e-postadress", "Type your e-mail address"},
				Body: Text{"Skriv den adress du vill använda, din Google-adress eller din andra adress, och klicka på ”Nästa”.",
					"Type the address you want to use, your Google address or your other address, and click \"Nästa\" (next)."},
				Help: []Help{{Text{"Jag vill ha en ny adress i stället", "I want a new address instead"},
					Text{"Klicka på ”Skaffa en ny e-postadress” och följ stegen. Adressen ska vara din egen, inte delad.",
						"Click \"Skaffa en ny e-postadress\" (get a new e-mail address) and follow the steps. The address must be yours alone, not shared."}}}},
			{ID: "activation-password", Title: Text{"Välj ett nytt lösenord", "Choose a new password"},
				Body: Text{"Hitta på ett nytt lösenord för Microsoft-kontot och klicka på ”Nästa”. Det ändrar inte lösenordet till din e-post; det används bara när du loggar in hos Biometria. Skriv upp det och förvara det säkert.",
					"Make up a new password for the Microsoft account and click \"Nästa\" (next). It does not change your e-mail's password; it is only used when you sign in at Biometria. Write it down and keep it safe."}},
			{ID: "activation-name", Title: Text{"Skriv ditt namn hos Microsoft", "Type your name at Microsoft"},
				Body: Text{"Microsoft frågar ”Vad heter du?”. Skriv förnamn och efternamn och klicka på ”Nästa”.",
					"Microsoft asks \"Vad heter du?\" (what is your name?). Type your first and last name and click \"Nästa\" (next)."}},
			{ID: "activation-birth", Title: Text{"Välj land och födelsedatum", "Choose country and date of birth"},
				Body: Text{"Välj Sverige som land eller region, välj ditt födelsedatum och klicka på ”Nästa”.",
					"Choose Sweden (Sverige) as country or region, choose your date of birth and click \"Nästa\" (next)."}},
			{ID: "activation-code", Title: Text{"Skriv koden från mejlet", "Type the code from the e-mail"},
				Body: Text{"Microsoft skickar ett mejl med en kod på sex siffror till din adress. Öppna din e-post i en ny flik eller på telefonen, leta upp mejlet ”Verifiera din e-postadress”, skriv koden på Microsofts sida och klicka på ”Nästa”.",
					"Microsoft sends an e-mail with a six-digit code to your address. Open your e-mail in a new tab or on your phone, find the e-mail \"Verifiera din e-postadress\" (verify your e-mail address), type the code on Microsoft's page and click \"Nästa\" (next)."},
				Help: []Help{helpCodeMissing}},
			{ID: "activation-puzzle", Title: Text{"Lös pusslet", "Solve the puzzle"},
				Body: Text{"Microsoft vill veta att du är en människa. Klicka på ”Lös pusslet” och gör som sidan säger, till exempel vrid en bild så att den pekar åt samma håll som handen. Det kan bli upp till tio pussel i rad.",
					"Microsoft wants to know that you are a person. Click \"Lös pusslet\" (solve the puzzle) and do as the page says, for example turn a picture so that it points the same way as the hand. There may be up to ten puzzles in a row."},
				Help: []Help{helpPuzzle}},
			stepAcceptSDC, stepYourName, stepAcceptBiometria, stepServerError, stepSeeAccount, stepActivateMFA,
		}},
	{PathGoogle, 8, "Registrera dig med Google",
		Text{"Registrera dig med Google", "Register with Google"},
		[]Step{
			{ID: "google-signin", Title: Text{"Logga in med Google", "Sign in with Google"},
				Body: Text{"Google visar sin inloggning. Skriv din Gmail-adress, klicka på ”Nästa”, skriv lösenordet och klicka på ”Nästa” igen. Är du redan inloggad hos Google i webbläsaren hoppas det här över av sig självt.",
					"Google shows its sign-in. Type your Gmail address, click \"Nästa\" (next), type the password and click \"Nästa\" again. If you are already signed in to Google in the browser, this is skipped by itself."},
				Help: []Help{helpGoogleSignedIn}},
			stepYourName, stepAcceptBiometria, stepServerError, stepSeeAccount, stepActivateMFA,
		}},
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
	for i := range steps {
		steps[i] = fill(steps[i], map[string]Text{
			placeService: service.Name(),
			placeButton:  {p.Button, p.Button},
			placeName:    p.Name,
		})
	}
	return steps, nil
}

// fill puts names into a step's placeholders.
func fill(s Step, names map[string]Text) Step {
	for place, name := range names {
		s.Title = s.Title.Replace(place, name)
		s.Body = s.Body.Replace(place, name)
	}
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
