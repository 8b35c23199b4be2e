package kit

import (
	"fmt"
	"maps"
	"slices"

	"github.com/biometria/kontoguiden/internal/detect"
)

// The example's made-up values: an office nobody has, a phone number that
// cannot be dialled and a domain that cannot exist. "kit check" warns while
// any of them is still there.
const (
	exampleOffice = "Exempelskogen AB, kontoret i Exempelby"
	examplePhone  = "000-000 00 00"
	exampleDomain = "exempelskogen.example"
)

// Example is the commented kit that "kontoguiden kit init" writes. Its
// readers are Swedish IT contacts: Swedish first, English second. It must
// always pass Parse (a test holds it to that).
const Example = `# Kontoguiden – kontorets inställningar (kit).
# Kontoguiden – the field office's settings (kit).
#
# Byt ut EXEMPELVÄRDENA nedan mot kontorets egna, spara som UTF-8 och
# kontrollera filen med
#   kontoguiden-cli.exe kit check kontoguiden-kit.toml
# Gör den sedan till datorns, för alla användare (som administratör):
#   kontoguiden-cli.exe kit install kontoguiden-kit.toml
# eller med MSI-paketet: msiexec /i kontoguiden-VERSION.msi KIT="sökväg".
# Se LÄSMIG.txt för grupprinciper och Linux (/etc/kontoguiden).
# Replace the EXAMPLE VALUES with the office's own, check the file, then
# install it for every user (kit install, or the MSI's KIT=).
# Alla fält får utelämnas; då används Kontoguidens standard.

# Kontorets namn, visas i fönstret och på kvitton. / The office's name.
office = "` + exampleOffice + `"

# Språket appen startar på: "sv" eller "en". Utelämna för att följa systemet.
# The language the app starts in; leave out to follow the system.
language = "sv"

# Var personerna använder VIOL 3: "viol3-production" (VIOL 3
# Produktionsmiljö) eller "viol3-test" (VIOL 3 Kundtestmiljö). Vem som bara
# behöver Integrationsspecifikationer avgör var och en i appen.
# Where people use VIOL 3; who needs only the integration specifications,
# each person says in the app.
service = "viol3-production"

# Får appen fråga Microsoft och DNS vilken sorts konto en adress domän har?
# Bara domänen skickas, aldrig namnet före @. true eller false.
# May the app ask Microsoft and DNS about an address's domain?
online_check = true

# Vem man ringer när man kör fast. Visas i hjälpen och vid fel.
# Whom people call when they are stuck.
[support]
name = "IT-supporten"
phone = "` + examplePhone + `"
email = "it@` + exampleDomain + `"
hours = "vardagar 8–16"

# Kontorets e-postdomäner och vilken sorts konto var och en är:
# "work-microsoft", "private-microsoft", "google", "other" eller "none".
# The office's e-mail domains and the kind of account each is.
[domains]
"` + exampleDomain + `" = "work-microsoft"

# Valfritt: en annan adress för ett steg, efter stegets ID. Bara https-
# adresser på biometria.se eller Microsofts och Googles inloggning godtas.
# Optional: another address for a step, by step ID.
[addresses]
# "open-biometria" = "https://www.biometria.se/"
`

// Warnings are things in a valid kit that are probably a mistake: the
// example's made-up values left in place, a domain set unlike the guide.
func (k Kit) Warnings() []string {
	return append(k.Unedited(), k.unlikeTheGuide()...)
}

// Unedited names the example's made-up values still in the kit: such a
// kit is never made the computer's.
func (k Kit) Unedited() []string {
	var w []string
	if k.Office == exampleOffice {
		w = append(w, "office is still the example's made-up office")
	}
	if k.Support.Phone == examplePhone {
		w = append(w, "support.phone is still the example's number, which cannot be dialled")
	}
	if _, ok := k.Domains[exampleDomain]; ok {
		w = append(w, "domains still has the example's domain "+exampleDomain)
	}
	return w
}

// WithoutExample is the kit without the example's made-up values: a
// person must never be shown a support number that cannot be dialled, or
// an office that does not exist, because nobody filled the kit in.
func (k Kit) WithoutExample() Kit {
	if k.Office == exampleOffice {
		k.Office = ""
	}
	if k.Support.Phone == examplePhone {
		k.Support.Phone = ""
	}
	if _, ok := k.Domains[exampleDomain]; ok {
		k.Domains = maps.Clone(k.Domains)
		delete(k.Domains, exampleDomain)
	}
	return k
}

// unlikeTheGuide warns of a domain the guide knows that the kit gives
// another kind: gmail.com as a work account sends Gmail users down the
// wrong path. The kit still wins, as the office may know better.
func (k Kit) unlikeTheGuide() []string {
	var w []string
	for _, d := range slices.Sorted(maps.Keys(k.Domains)) {
		if known, ok := detect.Offline("x@"+d, nil); ok && known.Account != k.Domains[d] {
			w = append(w, fmt.Sprintf("domains: %s is set to %s, but the guide knows %s addresses as %s; the kit's kind is used", d, k.Domains[d], d, known.Account))
		}
	}
	return w
}
