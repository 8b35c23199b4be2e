package guide

import "github.com/biometria/kontoguiden/internal/i18n"

// AccountKind is an account kind the way the chooser offers it. Its words
// are account.<ID>.name and account.<ID>.examples.
type AccountKind struct{ ID Account }

// Name is what the chooser calls the kind.
func (k AccountKind) Name() i18n.Text { return i18n.Key("account." + string(k.ID) + ".name") }

// Examples say what it looks like, so that a person recognises their own.
func (k AccountKind) Examples() i18n.Text { return i18n.Key("account." + string(k.ID) + ".examples") }

// Accounts are offered in this order: the instruction's section 3, then none.
var Accounts = []AccountKind{{WorkMicrosoft}, {PrivateMicrosoft}, {GoogleAccount}, {OtherAddress}, {NoAddress}}

// KindOf is the account kind with this ID.
func KindOf(a Account) AccountKind { return AccountKind{a} }

// NeedKind is a need the way the chooser offers it; its words are
// need.<ID>.name.
type NeedKind struct{ ID Need }

// Name is what the chooser calls the need.
func (k NeedKind) Name() i18n.Text { return i18n.Key("need." + string(k.ID) + ".name") }

// Needs are offered in this order.
var Needs = []NeedKind{{NeedVIOL3}, {NeedFollowup}, {NeedIntegration}, {NeedHuvudkod}}

// Service is the entry under Mina sidor that leads to sign-up.
type Service string

// The entries of Mina sidor that the instruction's section 2 names.
const (
	ServiceProduction  Service = "viol3-production"
	ServiceIntegration Service = "integration"
	ServiceTest        Service = "viol3-test"
)

// ServiceKind names a service as the web page shows it, in Swedish
// whatever the guide's language.
type ServiceKind struct {
	ID    Service
	Label string
}

// Services lists the entries of Mina sidor the guide knows.
var Services = []ServiceKind{
	{ServiceProduction, "VIOL 3 Produktionsmiljö"},
	{ServiceIntegration, "Integrationsspecifikationer"},
	{ServiceTest, "VIOL 3 Kundtestmiljö"},
}

// Label is the service's entry as Mina sidor shows it; the first
// service's for one the guide does not know.
func (s Service) Label() string {
	for _, k := range Services {
		if k.ID == s {
			return k.Label
		}
	}
	return Services[0].Label
}

// Environments are the services where VIOL 3 itself is used. Which entry
// leads to sign-up is decided by what the person needs (ServiceFor); an
// office can only say which of these two its people use VIOL 3 in.
var Environments = []Service{ServiceProduction, ServiceTest}

// ParseService accepts a service's ID.
func ParseService(s string) (Service, error) { return parseID("service", s, ServiceIDs()) }
