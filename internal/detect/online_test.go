package detect

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
)

// realmServer answers like Microsoft's realm endpoint, with body and status,
// after delay; it sends the user it was asked about on asked, which the
// handler's goroutine and the test share only through the channel.
func realmServer(t *testing.T, status int, body string, delay time.Duration, asked chan<- string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if asked != nil {
			select {
			case asked <- r.URL.Query().Get("user"):
			default: // one answer is enough to check
			}
		}
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
		w.WriteHeader(status)
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/common/userrealm/"
}

func mx(hosts ...string) func(context.Context, string) ([]*net.MX, error) {
	return func(context.Context, string) ([]*net.MX, error) {
		if hosts == nil {
			return nil, errors.New("no such host")
		}
		var out []*net.MX
		for _, h := range hosts {
			out = append(out, &net.MX{Host: h, Pref: 10})
		}
		return out, nil
	}
}

func TestOnline(t *testing.T) {
	cases := []struct {
		name   string
		status int
		body   string
		delay  time.Duration
		mail   []string
		want   guide.Account
		ok     bool
	}{
		{"managed_tenant", 200, `{"NameSpaceType":"Managed","DomainName":"skog.se"}`, 0, nil, guide.WorkMicrosoft, true},
		{"federated_tenant", 200, `{"NameSpaceType":"Federated"}`, 0, nil, guide.WorkMicrosoft, true},
		{"old_xml_answer", 200, `<RealmInfo Success="true"><NameSpaceType>Managed</NameSpaceType></RealmInfo>`, 0, nil, guide.WorkMicrosoft, true},
		// A company whose mail Google handles (Google Workspace) has no
		// personal Google account: the instruction names only Gmail.com.
		{"unknown_with_google_mail", 200, `{"NameSpaceType":"Unknown"}`, 0, []string{"aspmx.l.google.com.", "alt1.aspmx.l.google.com."}, guide.OtherAddress, true},
		{"unknown_with_smtp_google", 200, `{"NameSpaceType":"Unknown"}`, 0, []string{"smtp.google.com."}, guide.OtherAddress, true},
		{"no_answer_with_google_mail", 500, `oops`, 0, []string{"smtp.google.com."}, guide.OtherAddress, true},
		{"tenant_with_google_mail", 200, `{"NameSpaceType":"Managed"}`, 0, []string{"smtp.google.com."}, guide.WorkMicrosoft, true},
		{"unknown_elsewhere", 200, `{"NameSpaceType":"Unknown"}`, 0, []string{"mx.telia.com."}, guide.OtherAddress, true},
		{"server_error_no_mx", 500, `oops`, 0, nil, "", false},
		{"server_error_outlook_mx", 500, `oops`, 0, []string{"skog-se.mail.protection.outlook.com."}, guide.WorkMicrosoft, true},
		{"malformed_json", 200, `{"NameSpaceType":`, 0, nil, "", false},
		{"malformed_xml", 200, `<RealmInfo><NameSpaceType>Man`, 0, nil, "", false},
		{"odd_value", 200, `{"NameSpaceType":"Banana"}`, 0, nil, "", false},
		{"too_slow", 200, `{"NameSpaceType":"Managed"}`, 2 * time.Second, nil, "", false},
		// An unmanaged ("viral") tenant is no organisation's Microsoft 365.
		{"viral_tenant_with_google_mail", 200, `{"NameSpaceType":"Managed","IsViral":true}`, 0, []string{"aspmx.l.google.com."}, guide.OtherAddress, true},
		{"viral_tenant_elsewhere", 200, `{"NameSpaceType":"Managed","IsViral":true}`, 0, []string{"mx.loopia.se."}, guide.OtherAddress, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			asked := make(chan string, 1)
			o := Online{RealmURL: realmServer(t, c.status, c.body, c.delay, asked), Client: &http.Client{},
				LookupMX: mx(c.mail...), Timeout: 300 * time.Millisecond}
			s, ok := o.Check(context.Background(), "skog.se")
			if ok != c.ok || s.Account != c.want {
				t.Errorf("Check = %q %v, want %q %v", s.Account, ok, c.want, c.ok)
			}
			if ok && !strings.Contains(sv(s.Reason), "@skog.se") {
				t.Errorf("reason %q does not name the domain", sv(s.Reason))
			}
			select {
			case user := <-asked:
				if user != "kontoguiden@skog.se" {
					t.Errorf("the realm service was asked about %q: only the domain may leave", user)
				}
			case <-time.After(5 * time.Second):
				t.Error("the realm service was never asked")
			}
		})
	}
}

func TestNoNetworkIsNoSuggestion(t *testing.T) {
	o := Online{RealmURL: "http://127.0.0.1:1/", Client: &http.Client{}, LookupMX: mx(), Timeout: time.Second}
	if s, ok := o.Check(context.Background(), "skog.se"); ok {
		t.Errorf("suggested %q without a network", s.Account)
	}
}

// A redirect to another host is not followed: that host would learn the
// domain, and its answer would be believed.
func TestRedirectToAnotherHostIsNotFollowed(t *testing.T) {
	other := make(chan string, 1)
	evil := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		other <- r.URL.Query().Get("user")
		w.Write([]byte(`{"NameSpaceType":"Managed"}`))
	}))
	t.Cleanup(evil.Close)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// 127.0.0.1 and localhost are different hosts to a browser too.
		http.Redirect(w, r, strings.Replace(evil.URL, "127.0.0.1", "localhost", 1)+r.URL.RequestURI(), http.StatusFound)
	}))
	t.Cleanup(srv.Close)
	o := Online{RealmURL: srv.URL + "/common/userrealm/", Client: &http.Client{}, LookupMX: mx(), Timeout: 2 * time.Second}
	if s, ok := o.Check(context.Background(), "skog.se"); ok {
		t.Errorf("a redirected answer was used: %q", s.Account)
	}
	select {
	case user := <-other:
		t.Errorf("the other host was asked about %q", user)
	default:
	}
}

// The real client goes through the proxy the system sets, as a browser
// does: an office network may reach the internet only that way. Run in a
// child process, as Go reads the proxy from the environment only once.
func TestOnlineUsesTheSystemProxy(t *testing.T) {
	if os.Getenv("KONTOGUIDEN_PROXY_CHILD") != "" {
		o := NewOnline()
		o.LookupMX = func(context.Context, string) ([]*net.MX, error) { return nil, errors.New("no DNS in this test") }
		o.Check(context.Background(), "firma.se")
		return
	}
	proxy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer proxy.Close()
	asked := make(chan string, 1)
	go func() {
		c, err := proxy.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		line, _ := bufio.NewReader(c).ReadString('\n')
		asked <- strings.TrimSpace(line)
		io.WriteString(c, "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
	}()
	child := exec.Command(os.Args[0], "-test.run=^TestOnlineUsesTheSystemProxy$")
	child.Env = append(os.Environ(), "KONTOGUIDEN_PROXY_CHILD=1", "HTTPS_PROXY=http://"+proxy.Addr().String(), "NO_PROXY=", "no_proxy=")
	if out, err := child.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	select {
	case got := <-asked:
		if got != "CONNECT login.microsoftonline.com:443 HTTP/1.1" {
			t.Errorf("the proxy was asked %q", got)
		}
	default:
		t.Error("the online check did not go through the proxy")
	}
}
