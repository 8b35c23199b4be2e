package guide

// AccountKind describes an account kind the way the chooser offers it.
type AccountKind struct {
	ID       Account
	Name     Text
	Examples Text // what it looks like, so a person recognises their own
}

// Accounts are offered in this order: the instruction's section 3, then none.
var Accounts = []AccountKind{
	{WorkMicrosoft,
		Text{"Skol- eller företagskonto från Microsoft", "School or company account from Microsoft"},
		Text{"Office 365, Entra ID, Azure AD: ett konto som din skola eller arbetsgivare har hos Microsoft",
			"Office 365, Entra ID, Azure AD: an account your school or employer has at Microsoft"}},
	{PrivateMicrosoft,
		Text{"Personligt Microsoft-konto", "Personal Microsoft account"},
		Text{"Outlook.com, hotmail.com och liknande", "Outlook.com, hotmail.com and similar"}},
	{GoogleAccount,
		Text{"Personligt Google-konto", "Personal Google account"},
		Text{"Gmail.com", "Gmail.com"}},
	{OtherAddress,
		Text{"En annan e-postadress", "Another e-mail address"},
		Text{"En adress som varken är från Microsoft eller Google, till exempel från din internetleverantör (telia.com, bredband.net)",
			"An address from neither Microsoft nor Google, for example from your internet provider (telia.com, bredband.net)"}},
	{NoAddress,
		Text{"Jag har ingen e-postadress än", "I have no e-mail address yet"},
		Text{"Guiden hjälper dig att skaffa en gratis hos Outlook.com först",
			"The guide helps you get a free one at Outlook.com first"}},
}

// NeedKind describes a need the way the chooser offers it.
type NeedKind struct {
	ID   Need
	Name Text
}

// Needs are offered in this order.
var Needs = []NeedKind{
	{NeedVIOL3, Text{"Använda VIOL 3", "Use VIOL 3"}},
	{NeedFollowup, Text{"Uppföljning i rapportportalen", "Follow-up in the report portal"}},
	{NeedIntegration, Text{"Läsa integrationsspecifikationer", "Read the integration specifications"}},
	{NeedHuvudkod, Text{"Beställa huvudkod eller rollen behörighetsansvarig",
		"Order a huvudkod or the behörighetsansvarig role"}},
}

// Service is the entry under Mina sidor that leads to sign-up.
type Service string

// The entries of Mina sidor that the instruction's section 2 names.
const (
	ServiceProduction  Service = "viol3-production"
	ServiceIntegration Service = "integration"
	ServiceTest        Service = "viol3-test"
)

// ServiceKind names a service as the web page shows it.
type ServiceKind struct {
	ID   Service
	Name Text
}

// Services lists the entries of Mina sidor the guide knows.
var Services = []ServiceKind{
	{ServiceProduction, Text{"VIOL 3 Produktionsmiljö", "VIOL 3 Produktionsmiljö"}},
	{ServiceIntegration, Text{"Integrationsspecifikationer", "Integrationsspecifikationer"}},
	{ServiceTest, Text{"VIOL 3 Kundtestmiljö", "VIOL 3 Kundtestmiljö"}},
}

// Name returns the label of the service as Mina sidor shows it.
func (s Service) Name() Text {
	for _, k := range Services {
		if k.ID == s {
			return k.Name
		}
	}
	return Services[0].Name
}

// ParseService accepts a service's ID.
func ParseService(s string) (Service, error) { return parseID("service", s, ServiceIDs()) }
