package guide

// Addresses the guide opens. Every one is on AllowedHosts.
const (
	BiometriaURL = "https://www.biometria.se/"
	ActivateMFA  = "https://aktiveramfa.biometria.se/"
	OutlookURL   = "https://outlook.com/"
	// MFAInstructionURL is Biometria's own instruction for two-step
	// verification (in English).
	MFAInstructionURL = "https://www.biometria.se/viol-3/anvaendardokumentation/english-instructions/instruction-activate-two-step-verification-for-your-biometria-account"
)

// Placeholders that Checklist fills for each person's checklist.
const (
	placeService  = "{service}"   // the entry under Mina sidor
	placeButton   = "{button}"    // the path's button on "Skapa konto"
	placeButtonEN = "{buttonEN}"  // that button's words in English
	placeOpenStep = "{open-step}" // the number of the step that opens Biometria's site
)

// Pages the guide points at besides a step's own.
var linkMFAInstruction = Link{
	Label: Text{"Biometrias instruktion för tvåstegsverifiering (på engelska)", "Biometria's instruction for two-step verification (in English)"},
	URL:   MFAInstructionURL,
}

// Help that several steps share.
var (
	helpBrowserClosed = Help{
		Text{"Jag stängde webbläsaren av misstag", "I closed the browser by mistake"},
		Text{"Gå tillbaka till steget ”Öppna Biometrias webbplats” (steg {open-step}) och fortsätt därifrån. Det du har bockat av i Kontoguiden finns kvar.",
			"Go back to the step \u201cOpen Biometria's website\u201d (step {open-step}) and carry on from there. What you have ticked in Kontoguiden is kept."}}
	helpServerError = Help{
		Text{"Sidan visar ”500 Server Error”", "The page shows \u201c500 Server Error\u201d"},
		Text{"Klicka på länken ”Klicka här för att ladda om sidan”.",
			"Click the link \u201cKlicka här för att ladda om sidan\u201d (click here to reload the page)."}}
	helpNoAuthenticator = Help{
		Text{"Jag har inte Authenticator-appen till hands", "I do not have the Authenticator app at hand"},
		Text{"Klicka på ”Använd ditt lösenord istället” och ange lösenordet till ditt Microsoft-konto.",
			"Click \u201cAnvänd ditt lösenord istället\u201d (use your password instead) and enter your Microsoft account's password."}}
	helpCodeMissing = Help{
		Text{"Koden kommer inte", "The code does not arrive"},
		Text{"Titta i mappen för skräppost. Finns mejlet inte där heller, klicka på ”försök igen” på Microsofts sida för att få en ny kod. Kontrollera gärna också att adressen är rätt stavad.",
			"Look in your spam folder. If the e-mail is not there either, click \u201cförsök igen\u201d (try again) on Microsoft's page to get a new code. It is also worth checking that the address is spelled right."}}
	helpPuzzle = Help{
		Text{"Pusslet tar aldrig slut", "The puzzle never ends"},
		Text{"Pussel från Microsoft kan ha upp till 10 olika steg. Fortsätt tills sidan visar att du är klar.",
			"Puzzles from Microsoft can have up to 10 different steps. Keep going until the page shows that you are done."}}
	helpGoogleSignedIn = Help{
		Text{"Google frågade aldrig efter adress eller lösenord", "Google never asked for my address or password"},
		Text{"Är du redan inloggad hos Google i webbläsaren hoppas det steget över av sig självt. Gå vidare till nästa steg.",
			"If you are already signed in to Google in the browser, that step is skipped by itself. Go on to the next step."}}
	helpForgotPassword = Help{
		Text{"Jag har glömt lösenordet", "I have forgotten the password"},
		Text{"Klicka på ”Jag har glömt mitt lösenord”, eller fråga den som sköter IT på jobbet.",
			"Click \u201cJag har glömt mitt lösenord\u201d (I have forgotten my password), or ask whoever looks after IT at work."}}
)

// Steps that several paths share, written once.
var (
	stepCreateAddress = Step{
		ID:    "create-address",
		Title: Text{"Skaffa en e-postadress hos Outlook.com", "Get an e-mail address at Outlook.com"},
		Body: Text{"Har du ingen e-postadress rekommenderar Biometria att du skapar en hos Microsoft på Outlook.com. Öppna Outlook.com och skapa ett konto där. Adressen ska vara din egen: flera personer kan inte dela på ett konto.",
			"If you have no e-mail address, Biometria recommends creating one at Microsoft, at Outlook.com. Open Outlook.com and create an account there. The address must be your own: several people cannot share one account."},
		Tip: Text{"Skriv upp din nya adress: du behöver den i stegen som följer. Lösenordet skriver du däremot inte på en lapp vid datorn.",
			"Write down your new address: you need it in the steps that follow. The password, on the other hand, you do not write on a note by the computer."},
		URL: OutlookURL,
		Help: []Help{
			{Text{"Namnet jag vill ha är upptaget", "The name I want is taken"},
				Text{"Pröva en variant, till exempel med ditt efternamn eller en siffra. Det viktiga är att adressen är din egen och att du känner igen den.",
					"Try a variant, for example with your last name or a number. What matters is that the address is your own and that you recognise it."}},
			{Text{"Jag kommer inte vidare på Microsofts sidor", "I am stuck on Microsoft's pages"},
				Text{"Biometrias instruktion visar inte de sidorna. Fråga din kontaktperson, eller någon som har skapat en adress förut, om hjälp.",
					"Biometria's instruction does not show those pages. Ask your contact person, or someone who has made an address before, for help."}},
		},
	}
	stepOpenBiometria = Step{
		ID:    "open-biometria",
		Title: Text{"Öppna Biometrias webbplats", "Open Biometria's website"},
		Body: Text{"Gå till www.biometria.se. Knappen ”Öppna i webbläsaren” längst ned öppnar sidan åt dig.",
			"Go to www.biometria.se. The button \u201cOpen in the browser\u201d at the bottom opens the page for you."},
		Paper: Text{"Gå till www.biometria.se i din webbläsare.", "Go to www.biometria.se in your browser."},
		Tip: Text{"Ha gärna Kontoguiden och webbläsaren bredvid varandra, så ser du stegen medan du klickar.",
			"Keep Kontoguiden and the browser side by side, so that you see the steps while you click."},
		URL: BiometriaURL,
		Help: []Help{{
			Text{"Webbläsaren öppnas inte", "The browser does not open"},
			Text{"Öppna webbläsaren själv och skriv www.biometria.se i adressfältet högst upp.",
				"Open your browser yourself and type www.biometria.se in the address bar at the top."}}},
	}
	stepMinaSidor = Step{
		ID:    "mina-sidor",
		Title: Text{"Gå till Mina sidor", "Go to Mina sidor"},
		Body: Text{"Klicka på ”Mina sidor” på Biometrias webbplats, i webbläsaren.",
			"Click \u201cMina sidor\u201d (my pages) on Biometria's website, in the browser."},
		Help: []Help{helpBrowserClosed},
	}
	stepPickService = Step{
		ID:    "pick-service",
		Title: Text{"Klicka på ”{service}”", "Click \u201c{service}\u201d"},
		Body: Text{"Mina sidor visar en lista. Klicka på ”{service}”. Då visas sidan ”Logga in”.",
			"Mina sidor shows a list. Click \u201c{service}\u201d. The page \u201cLogga in\u201d (sign in) then opens."},
		Help: []Help{{
			Text{"Jag hittar inte alternativet", "I cannot find the entry"},
			Text{"Listan under rubriken ”MINA SIDOR” har bland annat ”VIOL 3 Produktionsmiljö”, ”Integrationsspecifikationer” och ”VIOL 3 Kundtestmiljö”. Ser du den inte, kontrollera att du har klickat på ”Mina sidor”.",
				"The list under the heading \u201cMINA SIDOR\u201d includes \u201cVIOL 3 Produktionsmiljö\u201d, \u201cIntegrationsspecifikationer\u201d and \u201cVIOL 3 Kundtestmiljö\u201d. If you do not see it, check that you have clicked \u201cMina sidor\u201d."}},
			helpBrowserClosed},
	}
	stepCreateOne = Step{
		ID:    "create-one",
		Title: Text{"Klicka på ”Skapa ett!”", "Click \u201cSkapa ett!\u201d"},
		Body: Text{"På sidan ”Logga in” står ”Inget konto?” och efter det länken ”Skapa ett!”. Klicka på den. Då visas sidan ”Skapa konto” med tre knappar.",
			"The page \u201cLogga in\u201d says \u201cInget konto?\u201d (no account?) followed by the link \u201cSkapa ett!\u201d (create one). Click it. The page \u201cSkapa konto\u201d (create account) then shows three buttons."},
		Tip: Text{"Skriv ingenting i fältet på sidan: du har inget konto att logga in med än.",
			"Do not type anything in the field on the page: you have no account to sign in with yet."},
		Help: []Help{helpBrowserClosed},
	}
	stepPathButton = Step{
		ID:    "path-button",
		Title: Text{"Klicka på ”{button}”", "Click \u201c{button}\u201d"},
		Body: Text{"Sidan ”Skapa konto” har tre knappar: ”Registrera dig med e-post”, ”Registrera dig med Microsoft” och ”Registrera dig med Google”. Klicka på ”{button}”.",
			"The page \u201cSkapa konto\u201d has three buttons: \u201cRegistrera dig med e-post\u201d, \u201cRegistrera dig med Microsoft\u201d and \u201cRegistrera dig med Google\u201d. Click \u201c{button}\u201d ({buttonEN})."},
		Help: []Help{helpBrowserClosed},
	}
	stepAcceptSDC = Step{
		ID:    "accept-sdc",
		Title: Text{"Godkänn behörigheterna för SDC-VMF", "Accept the permissions for SDC-VMF"},
		Body: Text{"En sida från Microsoft visar ”Behörigheter som begärts av” SDC-VMF, sdcekfor.onmicrosoft.com. Klicka på ”Acceptera”.",
			"A page from Microsoft shows \u201cBehörigheter som begärts av\u201d (permissions requested by) SDC-VMF, sdcekfor.onmicrosoft.com. Click \u201cAcceptera\u201d (accept)."},
		Help: []Help{{
			Text{"Jag är osäker på om jag ska godkänna", "I am not sure I should accept"},
			Text{"Kontrollera att det står SDC-VMF och sdcekfor.onmicrosoft.com, som på bilden i Biometrias instruktion. Står det något annat: klicka på ”Avbryt” och fråga din kontaktperson.",
				"Check that it says SDC-VMF and sdcekfor.onmicrosoft.com, as in the picture in Biometria's instruction. If it says something else, click \u201cAvbryt\u201d (cancel) and ask your contact person."}}},
	}
	stepYourName = Step{
		ID:    "your-name",
		Title: Text{"Skriv ditt för- och efternamn", "Type your first and last name"},
		Body: Text{"Sidan ”Lägg till mer information” visar din adress. Skriv ditt namn i ”Förnamn” och ”Efternamn” (kanske står det redan där) och klicka på ”Fortsätt”.",
			"The page \u201cLägg till mer information\u201d (add more information) shows your address. Type your name in \u201cFörnamn\u201d (first name) and \u201cEfternamn\u201d (last name) (it may already be filled in) and click \u201cFortsätt\u201d (continue)."},
	}
	stepAcceptBiometria = Step{
		ID:    "accept-biometria",
		Title: Text{"Godkänn behörigheterna för www.biometria.se", "Accept the permissions for www.biometria.se"},
		Body: Text{"Sidan ”Begärda behörigheter” visar att www.biometria.se vill ”Sign you in and read your profile”. Klicka på ”Acceptera”.",
			"The page \u201cBegärda behörigheter\u201d (requested permissions) shows that www.biometria.se wants to \u201cSign you in and read your profile\u201d. Click \u201cAcceptera\u201d (accept)."},
	}
	stepServerError = Step{
		ID:    "server-error",
		Title: Text{"Om sidan visar ”500 Server Error”", "If the page shows \u201c500 Server Error\u201d"},
		Body: Text{"Visar Biometrias webbplats nu ”500 Server Error: Ett fel uppstod”, klicka på länken ”Klicka här för att ladda om sidan”.\n\nKom det ingen felsida? Då är det här steget redan klart.",
			"If Biometria's website now shows \u201c500 Server Error: Ett fel uppstod\u201d (an error occurred), click the link \u201cKlicka här för att ladda om sidan\u201d (click here to reload the page).\n\nNo error page? Then this step is already done."},
	}
	stepSeeAccount = Step{
		ID:    "see-account",
		Title: Text{"Kontrollera att ditt konto finns", "Check that your account exists"},
		Body: Text{"Gå till Mina sidor, klicka på ”VIOL 3 Produktionsmiljö” och sedan på ”Min användare”. Där ser du din användare. Frågar sidan om behörigheter? Klicka då på ”Acceptera”.\n\nListan ”Behörigheter” är tom än så länge: behörigheter i VIOL 3 kommer inte av sig själva.",
			"Go to Mina sidor, click \u201cVIOL 3 Produktionsmiljö\u201d and then \u201cMin användare\u201d (my user). There you see your user. Does the page ask for permissions? Then click \u201cAcceptera\u201d (accept).\n\nThe list \u201cBehörigheter\u201d (permissions) is empty for now: permissions in VIOL 3 do not come by themselves."},
		URL:  BiometriaURL,
		Help: []Help{helpServerError},
	}
	stepMFAApp = Step{
		ID:    "mfa-app",
		Title: Text{"Installera Microsoft Authenticator", "Install Microsoft Authenticator"},
		Body: Text{"VIOL 3 kräver tvåstegsverifiering: du bekräftar inloggningen med en app. Biometria rekommenderar appen Microsoft Authenticator. Installera den på din mobil eller surfplatta från Google Play eller App Store innan du går vidare.",
			"VIOL 3 requires two-step verification: you confirm signing in with an app. Biometria recommends the Microsoft Authenticator app. Install it on your mobile phone or tablet from Google Play or the App Store before you go on."},
		Links: []Link{linkMFAInstruction},
		Help: []Help{
			{Text{"Jag har redan appen", "I already have the app"},
				Text{"Då är det här steget klart.", "Then this step is done."}},
			{Text{"Jag har ingen mobil eller surfplatta", "I have no mobile phone or tablet"},
				Text{"Fråga din kontaktperson innan du fortsätter.", "Ask your contact person before you go on."}},
		},
	}
	stepMFAOpen = Step{
		ID:    "mfa-open",
		Title: Text{"Öppna aktiveramfa.biometria.se", "Open aktiveramfa.biometria.se"},
		Body: Text{"Tvåstegsverifiering kontrolleras och aktiveras på aktiveramfa.biometria.se. Knappen ”Öppna i webbläsaren” längst ned öppnar sidan.",
			"Two-step verification is checked and activated at aktiveramfa.biometria.se. The button \u201cOpen in the browser\u201d at the bottom opens the page."},
		Paper: Text{"Tvåstegsverifiering kontrolleras och aktiveras på aktiveramfa.biometria.se. Gå dit i din webbläsare.",
			"Two-step verification is checked and activated at aktiveramfa.biometria.se. Go there in your browser."},
		Tip: Text{"Frågar sidan efter inloggning, använd adressen som du just registrerade dig med.",
			"If the page asks you to sign in, use the address you have just registered with."},
		URL:   ActivateMFA,
		Links: []Link{linkMFAInstruction},
	}
	stepActivateMFA = Step{
		ID:    "activate-mfa",
		Title: Text{"Slå på tvåstegsverifiering", "Turn on two-step verification"},
		Body: Text{"Följ anvisningarna på aktiveramfa.biometria.se. Du kan använda en enhet, en mobil eller surfplatta med appen, eller två, datorn och mobilen, där du skannar en QR-kod med mobilen. När tvåstegsverifieringen är klar är ditt konto klart.\n\nKryssa då i rutan ”Jag har aktiverat tvåstegsverifiering” nedan.",
			"Follow the instructions at aktiveramfa.biometria.se. You can use one device, a mobile phone or tablet with the app, or two, the computer and the phone, where you scan a QR code with the phone. When two-step verification is done, your account is ready.\n\nThen tick the box \u201cI have activated two-step verification\u201d below."},
		Paper: Text{"Följ anvisningarna på aktiveramfa.biometria.se. Du kan använda en enhet, en mobil eller surfplatta med appen, eller två, datorn och mobilen, där du skannar en QR-kod med mobilen. När tvåstegsverifieringen är klar är ditt konto klart.\n\nBocka då av det här steget.",
			"Follow the instructions at aktiveramfa.biometria.se. You can use one device, a mobile phone or tablet with the app, or two, the computer and the phone, where you scan a QR code with the phone. When two-step verification is done, your account is ready.\n\nThen tick off this step."},
		URL:   ActivateMFA,
		Links: []Link{linkMFAInstruction},
		MFA:   true,
		Help: []Help{
			{Text{"Jag har ingen Authenticator-app", "I have no Authenticator app"},
				Text{"Gå tillbaka till steget ”Installera Microsoft Authenticator”.",
					"Go back to the step \u201cInstall Microsoft Authenticator\u201d."}},
			{Text{"Hur ofta måste jag bekräfta?", "How often must I confirm?"},
				Text{"Det beror på tjänsten: vid varje inloggning för certifikat och integrationsuppgifter, varje dag för vissa tjänster och varje månad för andra.",
					"That depends on the service: at every sign-in for certificates and integration credentials, daily for some services and monthly for others."}},
		},
	}
)

// tenantNote is for people with a work or school account from Microsoft
// only: their employer may have given them two-step verification already.
var tenantNote = Text{
	"Har du redan tvåstegsverifiering hos din arbetsgivare, till exempel i dess Office 365, behöver du inte registrera någon ny hos Biometria.",
	"If you already have two-step verification at your employer, for example in its Office 365, you do not need to register another one with Biometria."}

// Preconditions are what the instruction's sections 1 and 1.1 ask of a
// person before they start, and the guide's advice on them.
var Preconditions = []Statement{
	{Text: Text{"Adressen du registrerar dig med ska vara din egen: flera personer kan inte dela på ett konto.",
		"The address you register with must be your own: several people cannot share one account."}},
	{Text: Text{"Självregistrering är till för dig som inte redan har ett Biometria-konto.",
		"Self-registration is for you if you do not already have a Biometria account."}},
	{Advice: true, Text: Text{"Har du redan ett konto, skapa inte ett till: logga in på Mina sidor med det, eller fråga din kontaktperson.",
		"If you already have an account, do not create another: sign in to Mina sidor with it, or ask your contact person."}},
}
