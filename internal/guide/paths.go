package guide

import (
	"maps"
	"slices"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// Path is one registration path: a section of the instruction. Its words
// are path.<ID>.name, and button.<button>.meaning for its button.
type Path struct {
	ID      PathID
	Section int
	// Button is the label of the button on Biometria's "Skapa konto" page,
	// which is in Swedish whatever the guide's language.
	Button string
	// button names it for its meaning: two paths click the same button.
	button string
	// Steps are the path's own steps, after the shared start and the button.
	Steps []Step
}

// Name is the path's name.
func (p Path) Name() i18n.Text { return i18n.Key("path." + string(p.ID) + ".name") }

// ButtonMeaning says what the button's Swedish words mean.
func (p Path) ButtonMeaning() i18n.Text { return i18n.Key("button." + p.button + ".meaning") }

// mfaSteps end every path: the app, one device or two, the page, the QR
// code, and the check that ends the journey.
var mfaSteps = []Step{stepMFAApp, stepMFADevices, stepMFAOpen, stepMFAScan, stepActivateMFA}

// afterSignIn is what every path has after the person has signed in.
var afterSignIn = []Step{stepYourName, stepAcceptBiometria, stepServerError, stepSeeAccount}

// Paths are the instruction's sections 5 to 8.
var Paths = []Path{
	{ID: PathEmail, Section: 5, Button: "Registrera dig med e-post", button: "email",
		Steps: slices.Concat([]Step{
			{ID: "work-address"},
			{ID: "work-password", Tip: true, Help: []Help{helpForgotPassword}},
			stepAcceptSDC,
		}, afterSignIn, []Step{stepMFAEmployer}, mfaSteps)},
	{ID: PathMicrosoft, Section: 6, Button: "Registrera dig med Microsoft", button: "microsoft",
		Steps: slices.Concat([]Step{
			{ID: "microsoft-address"},
			{ID: "microsoft-signin", Help: []Help{helpNoAuthenticator, {ID: "forgot-microsoft-password"}}},
			{ID: "stay-signed-in", Help: []Help{{ID: "shared-computer", Tip: true}}},
			stepAcceptSDC,
		}, afterSignIn, mfaSteps)},
	{ID: PathMicrosoftActivation, Section: 7, Button: "Registrera dig med Microsoft", button: "microsoft",
		Steps: slices.Concat([]Step{
			{ID: "activation-create", Tip: true},
			{ID: "activation-address", Help: []Help{{ID: "new-address"}}},
			{ID: "activation-password", Tip: true},
			{ID: "activation-name"},
			{ID: "activation-birth"},
			{ID: "activation-code", Tip: true, Help: []Help{helpCodeMissing}},
			{ID: "activation-robots"},
			{ID: "activation-puzzle", Help: []Help{helpPuzzle}},
			stepAcceptSDC,
		}, afterSignIn, mfaSteps)},
	{ID: PathGoogle, Section: 8, Button: "Registrera dig med Google", button: "google",
		Steps: slices.Concat([]Step{
			{ID: "google-signin", Help: []Help{helpGoogleSignedIn}},
		}, afterSignIn, mfaSteps)},
}

// Lookup returns the path with this ID.
func Lookup(id PathID) (Path, error) {
	for _, p := range Paths {
		if p.ID == id {
			return p, nil
		}
	}
	return Path{}, errUnknown("path", string(id), PathIDs())
}

// Checklist returns every step of a path in order, adapted to the options:
// an address to create first where needed, the shared start of the
// instruction's section 2, the path's button, and then the path's own steps.
func Checklist(id PathID, o Options) ([]Step, error) {
	p, err := Lookup(id)
	if err != nil {
		return nil, err
	}
	var steps []Step
	if o.CreateAddress {
		steps = append(steps, stepCreateAddress)
	}
	steps = slices.Concat(steps, []Step{stepOpenBiometria, stepMinaSidor, stepPickService, stepCreateOne, stepPathButton}, p.Steps)
	service := o.Service.Label() // the first service when none is set
	vars := map[string]any{placeService: service, placeButton: p.Button, placeButtonMeaning: p.ButtonMeaning()}
	openStep := slices.IndexFunc(steps, func(s Step) bool { return s.ID == stepOpenBiometria.ID }) + 1
	for i := range steps {
		steps[i] = withPlaces(steps[i], vars, openStep)
		steps[i].Pages = pagesFor(steps[i].ID, p, service)
	}
	return steps, nil
}

// withPlaces gives a step the values of its placeholders, and its help the
// number of the step that opens Biometria's site and, until a kit names
// its support (WithSupport), whom to ask for help at the computer.
func withPlaces(s Step, vars map[string]any, openStep int) Step {
	s.vars = map[string]any{}
	for _, name := range s.Places {
		s.vars[name] = vars[name]
	}
	help := make([]Help, len(s.Help))
	for i, h := range s.Help {
		h.vars = map[string]any{placeOpenStep: openStep, placeSupport: someone}
		help[i] = h
	}
	s.Help = help
	return s
}

// WithSupport names who in the help of steps as whom to ask for help at
// the computer: a field office's support, from its kit.
func WithSupport(steps []Step, who i18n.Text) []Step {
	out := make([]Step, len(steps))
	for i, s := range steps {
		help := make([]Help, len(s.Help))
		for j, h := range s.Help {
			h.vars = maps.Clone(h.vars)
			h.vars[placeSupport] = who
			help[j] = h
		}
		s.Help = help
		out[i] = s
	}
	return out
}

// StepIDs lists every step ID the guide has, in no particular path, each once.
func StepIDs() []string {
	var ids []string
	for _, p := range Paths {
		steps, _ := Checklist(p.ID, Options{CreateAddress: true})
		for _, s := range steps {
			if !slices.Contains(ids, s.ID) {
				ids = append(ids, s.ID)
			}
		}
	}
	return ids
}
