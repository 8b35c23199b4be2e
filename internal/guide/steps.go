package guide

// Addresses the guide opens. Every one is on AllowedHosts.
const (
	BiometriaURL  = "https://www.biometria.se/"
	ActivateMFA   = "https://aktiveramfa.biometria.se/"
	OutlookURL    = "https://outlook.com/"
	placeService  = "{service}"
	placeButton   = "{button}"
	placeName     = "{name}"
	alreadyOpenSV = "Det här händer i webbläsarfönstret som redan är öppet."
	alreadyOpenEN = "This happens in the browser window that is already open."
)

// Help that several steps share.
var (
	helpBrowserClosed = Help{
		Text{"Jag stängde webbläsaren av misstag", "I closed the browser by mistake"},
		Text{"Gå tillbaka till steg 1 och börja om därifrån. Inget går förlorat.",
			"Go back to step 1 and start again from there. Nothing is lost."}}
	helpServerError = Help{
		Text{"Sidan visar ”500 Server Error”", "The page shows \"500 Server Error\""},
		Text{"Klicka på länken ”Klicka här för att ladda om sidan”. Kontot är redan skapat; felet är ofarligt.",
			"Click the link \"Klicka här för att ladda om sidan\" (click here to reload the page). Your account has already been created; the error does no harm."}}
	helpNoAuthenticator = Help{
		Text{"Jag har inte Authenticator-appen till hands", "I do not have the Authenticator app at hand"},
		Text{"Klicka på ”Använd ditt lösenord i stället” och skriv lösenordet till ditt Microsoft-konto.",
			"Click \"Använd ditt lösenord i stället\" (use your password instead) and type your Microsoft account's password."}}
	helpCodeMissing = Help{
		Text{"Koden kommer inte", "The code does not arrive"},
		Text{"Vänta ett par minuter och titta i mappen för skräppost. Kommer den ändå inte: kontrollera att adressen är rätt stavad och klicka på ”försök igen” för att få en ny kod.",
			"Wait a couple of minutes and look in your spam folder. If it still does not come, check that the address is spelled right and click \"försök igen\" (try again) to get a new code."}}
	helpPuzzle = Help{
		Text{"Pusslet tar aldrig slut", "The puzzle never ends"},
		Text{"Microsoft kan visa upp till tio pussel i rad. Fortsätt tills sidan säger att du är klar. Knappen ”Ljud” ger en uppgift att lyssna på i stället.",
			"Microsoft may show up to ten puzzles in a row. Keep going until the page says you are done. The \"Ljud\" (audio) button gives you a task to listen to instead."}}
	helpGoogleSignedIn = Help{
		Text{"Google frågade aldrig efter adress eller lösenord", "Google never asked for my address or password"},
		Text{"Du var redan inloggad hos Google i webbläsaren, så steget hoppades över. Klicka på ”Klar” och gå vidare.",
			"You were already signed in to Google in the browser, so the step was skipped. Click \"Done\" and go on."}}
)

// Steps that several paths share, written once.
var (
	stepCreateAddress = Step{
		ID:    "create-address",
		Title: Text{"Skaffa en e-postadress hos Outlook.com", "Get an e-mail address at Outlook.com"},
		Body: Text{"Biometria rekommenderar en gratis adress hos Microsoft. Öppna Outlook.com, välj att skapa ett kostnadsfritt konto och följ stegen. Adressen ska vara din egen, inte delad med någon. Skriv upp adressen och lösenordet och förvara dem säkert.",
			"Biometria recommends a free address from Microsoft. Open Outlook.com, choose to create a free account and follow the steps. The address must be yours alone, not shared with anyone. Write down the address and the password and keep them safe."},
		URL: OutlookURL,
	}
	stepOpenBiometria = Step{
		ID:    "open-biometria",
		Title: Text{"Öppna Biometrias webbplats", "Open Biometria's website"},
		Body: Text{"Öppna www.biometria.se i din webbläsare; i Kontoguiden räcker det att klicka på knappen nedan. Låt Kontoguiden vara öppen bredvid, så att du kan följa stegen här.",
			"Open www.biometria.se in your browser; in Kontoguiden, just click the button below. Keep Kontoguiden open beside it so that you can follow the steps here."},
		URL: BiometriaURL,
		Help: []Help{{
			Text{"Webbläsaren öppnas inte", "The browser does not open"},
			Text{"Öppna webbläsaren själv och skriv www.biometria.se i adressfältet högst upp.",
				"Open your browser yourself and type www.biometria.se in the address bar at the top."}}},
	}
	stepMinaSidor = Step{
		ID:    "mina-sidor",
		Title: Text{"Gå till Mina sidor", "Go to Mina sidor"},
		Body: Text{"Klicka på ”Mina sidor” på Biometrias webbplats. " + alreadyOpenSV,
			"Click \"Mina sidor\" (my pages) on Biometria's website. " + alreadyOpenEN},
		Help: []Help{helpBrowserClosed},
	}
	stepPickService = Step{
		ID:    "pick-service",
		Title: Text{"Klicka på ”" + placeService + "”", "Click \"" + placeService + "\""},
		Body: Text{"Under Mina sidor finns en lista. Klicka på ”" + placeService + "”. Då kommer du till en sida där du loggar in.",
			"Mina sidor shows a list. Click \"" + placeService + "\". That takes you to a sign-in page."},
		Help: []Help{{
			Text{"Jag hittar inte alternativet", "I cannot find the entry"},
			Text{"Listan under rubriken ”MINA SIDOR” har bland annat ”VIOL 3 Produktionsmiljö”, ”Integrationsspecifikationer” och ”VIOL 3 Kundtestmiljö”. Ser du den inte: kontrollera att du har klickat på ”Mina sidor”.",
				"The list under the heading \"MINA SIDOR\" includes \"VIOL 3 Produktionsmiljö\", \"Integrationsspecifikationer\" and \"VIOL 3 Kundtestmiljö\". If you do not see it, check that you have clicked \"Mina sidor\"."}}},
	}
	stepCreateOne = Step{
		ID:    "create-one",
		Title: Text{"Klicka på ”Skapa ett!”", "Click \"Skapa ett!\""},
		Body: Text{"Inloggningssidan frågar efter ett konto som du inte har än. Skriv ingenting i fältet. Klicka i stället på länken ”Skapa ett!” efter ”Inget konto?”. Då visas sidan ”Skapa konto” med tre knappar.",
			"The sign-in page asks for an account you do not have yet. Do not type anything in the field. Instead click the link \"Skapa ett!\" (create one) after \"Inget konto?\" (no account?). The page \"Skapa konto\" (create account) then shows three buttons."},
		Help: []Help{helpBrowserClosed},
	}
	stepPathButton = Step{
		ID:    "path-button",
		Title: Text{"Klicka på ”" + placeButton + "”", "Click \"" + placeButton + "\""},
		Body: Text{"Av de tre knapparna på sidan ”Skapa konto” väljer du ”" + placeButton + "”. Det är den som passar ditt konto.",
			"Of the three buttons on the page \"Skapa konto\", choose \"" + placeButton + "\" (" + placeName + "). That is the one that fits your account."},
	}
	stepAcceptSDC = Step{
		ID:    "accept-sdc",
		Title: Text{"Godkänn behörigheterna för SDC-VMF", "Accept the permissions for SDC-VMF"},
		Body: Text{"En sida från Microsoft säger att SDC-VMF (sdcekfor.onmicrosoft.com) ber om behörigheter. Det är den tjänst som Biometrias inloggning bygger på. Klicka på ”Acceptera”.",
			"A page from Microsoft says that SDC-VMF (sdcekfor.onmicrosoft.com) asks for permissions. That is the service Biometria's sign-in is built on. Click \"Acceptera\" (accept)."},
		Help: []Help{{
			Text{"Jag är osäker på om jag ska godkänna", "I am not sure I should accept"},
			Text{"Kontrollera att det står SDC-VMF och sdcekfor.onmicrosoft.com. Står det något annat: stäng sidan och fråga din kontaktperson.",
				"Check that it says SDC-VMF and sdcekfor.onmicrosoft.com. If it says something else, close the page and ask your contact person."}}},
	}
	stepYourName = Step{
		ID:    "your-name",
		Title: Text{"Skriv ditt för- och efternamn", "Type your first and last name"},
		Body: Text{"Sidan ”Lägg till mer information” visar din adress. Skriv ditt förnamn och ditt efternamn (kanske står de redan där) och klicka på ”Fortsätt”.",
			"The page \"Lägg till mer information\" (add more information) shows your address. Type your first name and your last name (they may already be filled in) and click \"Fortsätt\" (continue)."},
	}
	stepAcceptBiometria = Step{
		ID:    "accept-biometria",
		Title: Text{"Godkänn behörigheterna för www.biometria.se", "Accept the permissions for www.biometria.se"},
		Body: Text{"Nu ber www.biometria.se om lov att logga in dig och läsa din profil (”Sign you in and read your profile”). Klicka på ”Acceptera”.",
			"Now www.biometria.se asks to sign you in and read your profile (\"Sign you in and read your profile\"). Click \"Acceptera\" (accept)."},
	}
	stepServerError = Step{
		ID:    "server-error",
		Title: Text{"Om sidan visar ”500 Server Error”", "If the page shows \"500 Server Error\""},
		Body: Text{"Ibland kommer en sida från Biometria där det står ”500 Server Error: Ett fel uppstod”. Klicka då på länken ”Klicka här för att ladda om sidan”. Kontot är redan skapat. Kom ingen felsida alls: klicka bara på ”Klar” och gå vidare.",
			"Sometimes a page from Biometria says \"500 Server Error: Ett fel uppstod\" (an error occurred). Then click the link \"Klicka här för att ladda om sidan\" (click here to reload the page). Your account has already been created. If no error page came: just click \"Done\" and go on."},
		Help: []Help{helpServerError},
	}
	stepSeeAccount = Step{
		ID:    "see-account",
		Title: Text{"Kontrollera att ditt konto finns", "Check that your account exists"},
		Body: Text{"Gå till Mina sidor, klicka på ”VIOL 3 Produktionsmiljö” och sedan på ”Min användare”. Där ser du ditt namn och din e-postadress. Ber sidan om behörigheter: klicka på ”Acceptera”. Listan över behörigheter är tom än så länge; det är som det ska.",
			"Go to Mina sidor, click \"VIOL 3 Produktionsmiljö\" and then \"Min användare\" (my user). It shows your name and your e-mail address. If the page asks for permissions, click \"Acceptera\" (accept). The list of permissions is empty for now; that is as it should be."},
		URL:  BiometriaURL,
		Help: []Help{helpServerError},
	}
	stepActivateMFA = Step{
		ID:    "activate-mfa",
		Title: Text{"Slå på tvåstegsverifiering", "Turn on two-step verification"},
		Body: Text{"VIOL 3 kräver tvåstegsverifiering: när du loggar in bekräftar du också med telefonen. Installera först appen Microsoft Authenticator på din mobil eller surfplatta (från App Store eller Google Play). Öppna sedan aktiveramfa.biometria.se, logga in med ditt nya konto och följ anvisningarna. Det går med bara telefonen, eller med datorn och telefonen, där du skannar en QR-kod med telefonen.\n\nHar din arbetsgivare redan gett dig tvåstegsverifiering i sitt Microsoft 365, så behöver du inte registrera något nytt; sidan visar det.\n\nNär sidan säger att allt är klart: kryssa i rutan nedan.",
			"VIOL 3 requires two-step verification: when you sign in you also confirm with your phone. First install the Microsoft Authenticator app on your mobile phone or tablet (from the App Store or Google Play). Then open aktiveramfa.biometria.se, sign in with your new account and follow the instructions. It works with just the phone, or with the computer and the phone, where you scan a QR code with the phone.\n\nIf your employer has already given you two-step verification in its Microsoft 365, you do not need to register anything new; the page shows this.\n\nWhen the page says everything is done, tick the box below."},
		URL: ActivateMFA,
		MFA: true,
		Help: []Help{
			{Text{"Jag har ingen Authenticator-app", "I have no Authenticator app"},
				Text{"Öppna App Store (iPhone, iPad) eller Google Play (Android) på telefonen, sök efter ”Microsoft Authenticator” och installera den. Den är gratis.",
					"Open the App Store (iPhone, iPad) or Google Play (Android) on your phone, search for \"Microsoft Authenticator\" and install it. It is free."}},
			{Text{"Jag har ingen smarttelefon", "I have no smartphone"},
				Text{"Kontakta din kontaktperson eller Biometrias kundtjänst innan du fortsätter; tvåstegsverifieringen behöver en enhet med appen.",
					"Contact your contact person or Biometria's customer service before you go on; two-step verification needs a device with the app."}},
			{Text{"Hur ofta måste jag bekräfta?", "How often must I confirm?"},
				Text{"Det beror på tjänsten: vissa frågar vid varje inloggning, andra en gång om dagen eller en gång i månaden.",
					"That depends on the service: some ask at every sign-in, others once a day or once a month."}},
		},
	}
)
