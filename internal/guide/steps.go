package guide

import "github.com/biometria/kontoguiden/internal/i18n"

// Addresses the guide opens. Every one is on AllowedHosts.
const (
	BiometriaURL = "https://www.biometria.se/"
	ActivateMFA  = "https://aktiveramfa.biometria.se/"
	OutlookURL   = "https://outlook.com/"
	// MFAInstructionURL is Biometria's own instruction for two-step
	// verification (in English).
	MFAInstructionURL = "https://www.biometria.se/viol-3/anvaendardokumentation/english-instructions/instruction-activate-two-step-verification-for-your-biometria-account"
)

// Placeholders that Checklist fills for each person's checklist.
const (
	placeService       = "service"        // the entry under Mina sidor
	placeButton        = "button"         // the path's button on "Skapa konto"
	placeButtonMeaning = "button-meaning" // what that button says, in the person's language
	placeOpenStep      = "open-step"      // the number of the step that opens Biometria's site
	placeSupport       = "support"        // whom to ask for help at the computer
)

// someone is whom help sends a person to for help at the computer where
// no office's kit names its support: whoever usually helps them.
var someone = i18n.Key("contact.someone")

// Pages the guide points at besides a step's own.
var linkMFAInstruction = Link{ID: "mfa-instruction", URL: MFAInstructionURL}

// Help that several steps share.
var (
	helpBrowserClosed   = Help{ID: "browser-closed"}
	helpServerError     = Help{ID: "server-error"}
	helpNoAuthenticator = Help{ID: "no-authenticator"}
	helpCodeMissing     = Help{ID: "code-missing", Tip: true}
	helpPuzzle          = Help{ID: "puzzle-long"}
	helpGoogleSignedIn  = Help{ID: "google-signed-in"}
	helpForgotPassword  = Help{ID: "forgot-work-password"}
)

// Steps that several paths share, written once.
var (
	stepCreateAddress = Step{ID: "create-address", Tip: true, URL: OutlookURL,
		Help: []Help{{ID: "name-taken"}, {ID: "stuck-at-microsoft", Tip: true}}}
	stepOpenBiometria = Step{ID: "open-biometria", Tip: true, URL: BiometriaURL,
		Help: []Help{{ID: "no-browser"}}}
	stepMinaSidor       = Step{ID: "mina-sidor", Help: []Help{helpBrowserClosed}}
	stepPickService     = Step{ID: "pick-service", Places: []string{placeService}, Help: []Help{{ID: "service-missing", Tip: true}, helpBrowserClosed}}
	stepCreateOne       = Step{ID: "create-one", Tip: true, Help: []Help{helpBrowserClosed}}
	stepPathButton      = Step{ID: "path-button", Places: []string{placeButton, placeButtonMeaning}, Help: []Help{helpBrowserClosed}}
	stepAcceptSDC       = Step{ID: "accept-sdc", Help: []Help{{ID: "unsure-accept", Tip: true}}}
	stepYourName        = Step{ID: "your-name"}
	stepAcceptBiometria = Step{ID: "accept-biometria"}
	stepServerError     = Step{ID: "server-error"}
	stepSeeAccount      = Step{ID: "see-account", URL: BiometriaURL, Help: []Help{helpServerError}}
	// Two-step verification, in the steps the person takes and ticks: the
	// app and one device or two before, then the page, the QR code and the
	// check at the end.
	stepMFAApp = Step{ID: "mfa-app", Tip: true, Links: []Link{linkMFAInstruction},
		Help: []Help{{ID: "have-app"}, {ID: "no-phone", Tip: true}, {ID: "mfa-why"}}}
	stepMFADevices = Step{ID: "mfa-devices", Tip: true}
	stepMFAOpen    = Step{ID: "mfa-open", Tip: true, URL: ActivateMFA, Links: []Link{linkMFAInstruction}}
	stepMFAScan    = Step{ID: "mfa-scan", Tip: true, Help: []Help{{ID: "scan-fails"}}}
	// stepActivateMFA is the closing step: its tick ends the journey, and
	// saved progress knows it by its ID.
	stepActivateMFA = Step{ID: "activate-mfa", URL: ActivateMFA, Links: []Link{linkMFAInstruction}, MFA: true,
		Help: []Help{{ID: "no-app"}, {ID: "how-often"}}}
	// stepMFAEmployer comes first on the path of a work or school account
	// from Microsoft: the employer may have given two-step verification
	// already, and then the steps about the app are not for the person.
	stepMFAEmployer = Step{ID: "mfa-employer", Tip: true}
)

// Preconditions are what the instruction's sections 1 and 1.1 ask of a
// person before they start, and the guide's advice on them: each is shown
// as its mark says (IsAdvice).
var Preconditions = []i18n.Text{
	i18n.Key("before.own-address"),
	i18n.Key("before.first-account"),
	i18n.Key("before.have-account"),
}
