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
