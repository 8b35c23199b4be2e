package guide

// AllowedHosts are the hosts whose https addresses Kontoguiden may open: the
// ones the guide uses, and the Microsoft and Google sign-in hosts that a
// field office's kit may point a step at. A host here also allows its
// subdomains.
var AllowedHosts = []string{
	"biometria.se",
	"outlook.com",
	"outlook.live.com",
	"signup.live.com",
	"login.live.com",
	"login.microsoftonline.com",
	"account.microsoft.com",
	"accounts.google.com",
}

// SignInHosts are the hosts of AllowedHosts where signing in happens: an
// address there may only be a plain page, never one that carries a
// sign-in request or a place to be sent on to.
var SignInHosts = []string{
	"outlook.com", // its pages can send one on: redir.aspx?url=…
	"login.live.com",
	"login.microsoftonline.com",
	"signup.live.com",
	"account.microsoft.com",
	"accounts.google.com",
	"outlook.live.com",
}
