package guide

// rule is one row of the instruction's section 4. Rules are tried in order;
// a rule with anyOf fits only when the person needs one of those things.
type rule struct {
	account Account
	anyOf   []Need
	path    PathID
	reason  Text
}

var rules = []rule{
	{WorkMicrosoft, nil, PathEmail, Text{
		"Din adress är ett jobb- eller skolkonto hos Microsoft. Då registrerar du dig med adressen och loggar in precis som du brukar på jobbet.",
		"Your address is a work or school account from Microsoft. You register with that address and sign in just as you do at work."}},
	{PrivateMicrosoft, nil, PathMicrosoft, Text{
		"Du har redan ett privat Microsoft-konto. Då loggar du in med det, och Biometria skapar ditt konto utifrån det.",
		"You already have a private Microsoft account. You sign in with it, and Biometria creates your account from it."}},
	{GoogleAccount, []Need{NeedFollowup, NeedIntegration}, PathMicrosoftActivation, Text{
		"Uppföljningen i rapportportalen och integrationsspecifikationerna går inte att nå med inloggning via Google. Därför kopplar du först din Google-adress till ett Microsoft-konto (Microsoftaktivering).",
		"The report portal's follow-up and the integration specifications cannot be reached by signing in with Google. So you first link your Google address to a Microsoft account (Microsoft activation)."}},
	{GoogleAccount, nil, PathGoogle, Text{
		"Du har ett Google-konto och ska använda VIOL 3 utan uppföljning och utan integrationsspecifikationer. Då kan du logga in med Google direkt.",
		"You have a Google account and will use VIOL 3 without follow-up and without the integration specifications. You can sign in with Google directly."}},
	{OtherAddress, nil, PathMicrosoftActivation, Text{
		"Din adress kommer varken från Microsoft eller Google. Då kopplar du den först till ett Microsoft-konto (Microsoftaktivering); adressen och dess lösenord förblir som de är.",
		"Your address comes from neither Microsoft nor Google. So you first link it to a Microsoft account (Microsoft activation); the address and its password stay as they are."}},
	{NoAddress, nil, PathMicrosoft, Text{
		"Du behöver en egen e-postadress. Biometria rekommenderar en gratis adress hos Outlook.com. Den är ett privat Microsoft-konto, och med det registrerar du dig sedan.",
		"You need an e-mail address of your own. Biometria recommends a free address at Outlook.com. It is a private Microsoft account, and you then register with it."}},
}
