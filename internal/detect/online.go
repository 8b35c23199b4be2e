package detect

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mattn/go-ieproxy"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// Microsoft's public home-realm discovery, which says whether a domain has a
// Microsoft 365 (Entra ID) tenant.
const (
	RealmURL    = "https://login.microsoftonline.com/common/userrealm/"
	placeholder = "kontoguiden" // sent before the @ instead of the person's name
	Timeout     = 3 * time.Second
)

// Online asks Microsoft and DNS about a domain. Only the domain leaves the
// computer, never the person's own name part; nothing is stored or logged.
type Online struct {
	RealmURL string
	Client   *http.Client
	LookupMX func(ctx context.Context, domain string) ([]*net.MX, error)
	Timeout  time.Duration
}

// NewOnline asks the real services, through the proxy the system sets:
// HTTPS_PROXY where it is set, else on Windows the proxy or proxy script
// (PAC) of the person's Internet settings, as their browser uses. The MX
// look-up is plain DNS, through the computer's own DNS servers, as every
// program's name look-ups are; no proxy is involved.
func NewOnline() Online {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.Proxy = ieproxy.GetProxyFunc()
	return Online{RealmURL: RealmURL, Client: &http.Client{Transport: t, CheckRedirect: sameHost},
		LookupMX: net.DefaultResolver.LookupMX, Timeout: Timeout}
}

// sameHost follows a redirect only on the host first asked: another host
// would get the domain asked about (and a Referer), and its answer would
// be trusted.
func sameHost(req *http.Request, via []*http.Request) error {
	if len(via) >= 3 || req.URL.Host != via[0].URL.Host {
		return http.ErrUseLastResponse
	}
	return nil
}

// Check suggests an account kind for domain, or says it cannot tell (no
// network, too slow, an odd answer): then the person is simply asked.
func (o Online) Check(ctx context.Context, domain string) (Suggestion, bool) {
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	realm, mx := make(chan string, 1), make(chan string, 1)
	go func() { realm <- o.realm(ctx, domain) }()
	go func() { mx <- o.mailHost(ctx, domain) }()
	return decide(<-realm, <-mx, domain)
}

// decide weighs the two answers: a Microsoft tenant wins; no tenant and
// mail at Google, or at neither, means another address. Mail at Google
// does not make an address a personal Google account: the instruction
// names only Gmail.com as one, and is silent on a company's own domain
// whose mail Google handles, so the guide's reading, given as its own, is
// "another address".
func decide(realm, mail, domain string) (Suggestion, bool) {
	switch {
	case realm == "Managed" || realm == "Federated":
		return Suggestion{guide.WorkMicrosoft, reasonTenant.With("domain", domain)}, true
	case mail == "google":
		return Suggestion{guide.OtherAddress, reasonGoogleMail.With("domain", domain)}, true
	case realm == "" && mail == "microsoft":
		return Suggestion{guide.WorkMicrosoft, reasonTenant.With("domain", domain)}, true
	case realm == "Unknown":
		return Suggestion{guide.OtherAddress, reasonNeither.With("domain", domain)}, true
	}
	return Suggestion{}, false
}

// realm returns the domain's NameSpaceType, or "" when it cannot be known.
func (o Online) realm(ctx context.Context, domain string) string {
	q := url.Values{"user": {placeholder + "@" + domain}, "api-version": {"2.1"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, o.RealmURL+"?"+q.Encode(), nil)
	if err != nil {
		return ""
	}
	client := *o.Client
	if client.CheckRedirect == nil {
		client.CheckRedirect = sameHost
	}
	resp, err := client.Do(req)
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return ""
	}
	return parseRealm(io.LimitReader(resp.Body, 64<<10))
}

// parseRealm reads NameSpaceType from the JSON answer, or from the older
// getuserrealm.srf XML one; anything else is "". An unmanaged ("viral")
// tenant, made when people signed up for a Microsoft service with their
// work address though no organisation runs Microsoft 365 there, answers
// Managed with IsViral: that is no tenant, so it counts as Unknown and the
// mail servers decide.
func parseRealm(r io.Reader) string {
	body, err := io.ReadAll(r)
	if err != nil {
		return ""
	}
	var j struct {
		NameSpaceType string
		IsViral       bool
	}
	if json.Unmarshal(body, &j) == nil {
		if j.IsViral && known(j.NameSpaceType) != "" {
			return "Unknown"
		}
		return known(j.NameSpaceType)
	}
	var x struct{ NameSpaceType string }
	if xml.Unmarshal(body, &x) == nil {
		return known(x.NameSpaceType)
	}
	return ""
}

func known(t string) string {
	switch t {
	case "Managed", "Federated", "Unknown":
		return t
	}
	return ""
}

// mailHost says whose servers take the domain's mail: "google",
// "microsoft", or "" for neither or no answer.
func (o Online) mailHost(ctx context.Context, domain string) string {
	if o.LookupMX == nil {
		return ""
	}
	records, err := o.LookupMX(ctx, domain)
	if err != nil {
		return ""
	}
	for _, r := range records {
		h := strings.TrimSuffix(strings.ToLower(r.Host), ".")
		switch {
		case h == "aspmx.l.google.com" || h == "smtp.google.com" || strings.HasSuffix(h, ".aspmx.l.google.com"):
			return "google"
		case strings.HasSuffix(h, ".mail.protection.outlook.com"):
			return "microsoft"
		}
	}
	return ""
}

// The reasons of the online suggestions; {domain} is the address's.
var (
	reasonTenant     = i18n.Key("suggest.tenant")
	reasonGoogleMail = i18n.Key("suggest.google-mail")
	reasonNeither    = i18n.Key("suggest.neither")
)
