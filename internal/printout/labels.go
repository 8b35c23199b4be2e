package printout

import "github.com/biometria/kontoguiden/internal/guide"

// label holds the few words a printout adds around the guide's texts.
type label struct {
	Title, Intro, Receipt, For, Office, Section, Button, Address, Done, Finished, Next, NextBody, Footer string
	section, address                                                                                     string
}

var labels = map[guide.Lang]label{
	guide.Swedish: {
		Title:    "Skapa ditt Biometria-konto",
		Intro:    "Hitta ditt konto i tabellen och följ den väg som står bredvid. Har du ett Google-konto och ska arbeta med uppföljning eller läsa integrationsspecifikationer, följ ”Registrera dig med Microsoft (Microsoftaktivering)”.",
		Receipt:  "Kvitto: ditt Biometria-konto",
		For:      "För",
		Office:   "Kontor",
		Section:  "Avsnitt",
		Button:   "Knappen du väljer på Biometrias sida",
		Address:  "Adress",
		Done:     "Klart",
		Finished: "Tvåstegsverifiering aktiverad",
		Next:     "Nästa steg",
		NextBody: "Behörigheter i VIOL 3 kommer inte av sig själva. Be din organisations behörighetsansvarig att beställa dem, och säg vilken e-postadress du registrerade dig med.",
		Footer:   "Utskrivet från Kontoguiden. Skriv aldrig ner lösenord eller koder på det här papperet.",
		section:  "avsnitt", address: "Adress",
	},
	guide.English: {
		Title:    "Create your Biometria account",
		Intro:    "Find your account in the table and follow the path beside it. If you have a Google account and will work with follow-up or read the integration specifications, follow \"Register with Microsoft (Microsoft activation)\".",
		Receipt:  "Receipt: your Biometria account",
		For:      "For",
		Office:   "Office",
		Section:  "Section",
		Button:   "The button you choose on Biometria's page",
		Address:  "Address",
		Done:     "Done",
		Finished: "Two-step verification activated",
		Next:     "Next step",
		NextBody: "Permissions in VIOL 3 do not come by themselves. Ask your organisation's behörighetsansvarig (authorisation manager) to order them, and tell them the e-mail address you registered with.",
		Footer:   "Printed from Kontoguiden. Never write passwords or codes on this paper.",
		section:  "section", address: "Address",
	},
}
