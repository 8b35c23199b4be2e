package guide

import (
	"slices"
	"strings"
)

// rule is one row of the instruction's section 4, or the guide's own
// choice where the instruction is silent. Rules are tried in order; a rule
// with anyOf fits only when the person needs one of those things.
type rule struct {
	account Account
	anyOf   []Need
	path    PathID
	// covers are the needs the instruction's row speaks of. Its reason,
	// with {what} filled from the person's own needs among them, is the
	// instruction's word; a rule that covers none of them is the guide's
	// choice, and says so.
	covers []Need
	reason Text
	advice Text // the guide's own reasoning, where the row does not cover it
}

// placeWhat is where a reason says what the person will do.
const placeWhat = "{what}"

// VIOL 3's follow-up (the report portal) is one of its services: the rows
// that speak of VIOL 3 speak of it too.
var (
	viol3OrIntegration = []Need{NeedVIOL3, NeedFollowup, NeedIntegration}
	followupOnly       = []Need{NeedFollowup}
	viol3Only          = []Need{NeedVIOL3}
)

var rules = []rule{
	{account: WorkMicrosoft, path: PathEmail, covers: viol3OrIntegration, reason: Text{
		"Du har ett skol- eller företagskonto från Microsoft och ska {what}. Då ska du enligt Biometrias instruktion välja ”Registrera dig med e-post”.",
		"You have a school or company account from Microsoft and will {what}. For that, Biometria's instruction says to choose \u201cRegistrera dig med e-post\u201d."}},
	{account: PrivateMicrosoft, path: PathMicrosoft, covers: viol3OrIntegration, reason: Text{
		"Du har ett privat Microsoft-konto och ska {what}. Då ska du enligt Biometrias instruktion välja ”Registrera dig med Microsoft”.",
		"You have a private Microsoft account and will {what}. For that, Biometria's instruction says to choose \u201cRegistrera dig med Microsoft\u201d."}},
	{account: GoogleAccount, anyOf: followupOnly, path: PathMicrosoftActivation, covers: followupOnly, reason: Text{
		"Du har ett Google-konto och ska {what}. Då krävs enligt Biometrias instruktion Microsoftaktivering: du väljer ”Registrera dig med Microsoft” och skapar där ett Microsoft-konto med din Google-adress.",
		"You have a Google account and will {what}. For that, Biometria's instruction requires Microsoft activation: you choose \u201cRegistrera dig med Microsoft\u201d and there create a Microsoft account with your Google address."}},
	{account: GoogleAccount, anyOf: []Need{NeedIntegration}, path: PathMicrosoftActivation, reason: Text{
		"Enligt Biometrias instruktion är ”Registrera dig med Google” inte till för den som ska läsa integrationsspecifikationer. Vilken väg som gäller i stället säger instruktionen inte.",
		"According to Biometria's instruction, \u201cRegistrera dig med Google\u201d is not for those who will read the integration specifications. The instruction does not say which way to take instead."},
		advice: Text{
			"Guiden väljer Microsoftaktivering, som instruktionen anger för Google-konton med uppföljning och för andra adresser. Är du osäker, fråga din kontaktperson hos Biometria innan du börjar.",
			"The guide chooses Microsoft activation, which the instruction gives for Google accounts with follow-up and for other addresses. If you are unsure, ask your contact person at Biometria before you start."}},
	{account: GoogleAccount, path: PathGoogle, covers: viol3Only, reason: Text{
		"Du har ett Google-konto och ska {what} utan uppföljning. Då ska du enligt Biometrias instruktion välja ”Registrera dig med Google”.",
		"You have a Google account and will {what} without follow-up. For that, Biometria's instruction says to choose \u201cRegistrera dig med Google\u201d."}},
	{account: OtherAddress, path: PathMicrosoftActivation, covers: viol3OrIntegration, reason: Text{
		"Din adress kommer varken från Microsoft eller Google, och du ska {what}. Då krävs enligt Biometrias instruktion Microsoftaktivering: du väljer ”Registrera dig med Microsoft” och skapar där ett Microsoft-konto med din adress. Lösenordet till din e-post ändras inte.",
		"Your address comes from neither Microsoft nor Google, and you will {what}. For that, Biometria's instruction requires Microsoft activation: you choose \u201cRegistrera dig med Microsoft\u201d and there create a Microsoft account with your address. Your e-mail's own password does not change."}},
	{account: NoAddress, path: PathMicrosoft, covers: viol3OrIntegration, reason: Text{
		"Du har ingen e-postadress än. Biometria rekommenderar att du skapar en hos Microsoft på Outlook.com. Den blir ett privat Microsoft-konto, och med ett sådant väljer du enligt instruktionen ”Registrera dig med Microsoft”.",
		"You have no e-mail address yet. Biometria recommends creating one at Microsoft, at Outlook.com. That is a private Microsoft account, and with one of those the instruction says to choose \u201cRegistrera dig med Microsoft\u201d."}},
}

// Where the person needs a huvudkod or the behörighetsansvarig role: the
// instruction's section 1.1 names it as a reason to self-register, but its
// section 4 does not say which way to take for it.
var (
	huvudkodOnly = Text{
		"Att beställa huvudkod eller rollen behörighetsansvarig är enligt Biometrias instruktion ett skäl att självregistrera sig, men instruktionen säger inte vilken väg som gäller för det.",
		"Ordering a huvudkod (main code) or the behörighetsansvarig (authorisation manager) role is, according to Biometria's instruction, a reason to self-register, but the instruction does not say which way to take for it."}
	huvudkodAdvice = Text{
		"Guiden väljer ”{button}”, den väg som instruktionen anger för ditt slags adress. Är du osäker, fråga din kontaktperson hos Biometria innan du börjar.",
		"The guide chooses \u201c{button}\u201d, the way the instruction gives for your kind of address. If you are unsure, ask your contact person at Biometria before you start."}
	huvudkodAlso = Text{
		"Huvudkod och rollen behörighetsansvarig nämns inte i instruktionens val av väg; guiden utgår från dina andra svar.",
		"The huvudkod and the behörighetsansvarig role are not part of the instruction's choice of way; the guide goes by your other answers."}
)

// needPhrases say what a person will do, for {what}.
var needPhrases = map[Need]Text{
	NeedVIOL3:       {"använda VIOL 3", "use VIOL 3"},
	NeedFollowup:    {"jobba med uppföljning i VIOL 3 (rapportportalen)", "work with follow-up in VIOL 3 (the report portal)"},
	NeedIntegration: {"läsa integrationsspecifikationer", "read the integration specifications"},
}

// reasonFor writes the reason and the advice of rule r for these needs:
// the instruction's word for what it covers, the guide's for the rest.
func (r rule) reasonFor(needs []Need, button string) (reason, advice Text) {
	var what []Text
	for _, n := range NeedIDs() { // in the chooser's order
		if slices.Contains(needs, n) && slices.Contains(r.covers, n) {
			what = append(what, needPhrases[n])
		}
	}
	huvudkod := slices.Contains(needs, NeedHuvudkod)
	switch {
	case len(r.covers) == 0: // the guide's own choice, with its reasons
		reason, advice = r.reason, r.advice
	case len(what) == 0: // only a huvudkod: the instruction is silent
		reason, advice = huvudkodOnly, huvudkodAdvice.Replace(placeButton, Text{button, button})
	default:
		reason = r.reason.Replace(placeWhat, joinAnd(what))
		if huvudkod {
			advice = huvudkodAlso
		}
	}
	return reason, advice
}

// joinAnd lists phrases as a sentence does: "a, b och c".
func joinAnd(ts []Text) Text {
	join := func(l Lang, and string) string {
		s := make([]string, len(ts))
		for i, t := range ts {
			s[i] = t.In(l)
		}
		if len(s) == 1 {
			return s[0]
		}
		return strings.Join(s[:len(s)-1], ", ") + and + s[len(s)-1]
	}
	return Text{join(Swedish, " och "), join(English, " and ")}
}
