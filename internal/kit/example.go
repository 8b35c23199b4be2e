package kit

// Example is the commented kit that "kontoguiden kit init" writes. It must
// always pass Parse (a test holds it to that).
const Example = `# Kontoguiden – onboarding kit for a field office.
# Edit it, check it with "kontoguiden kit check FILE", and put it beside
# kontoguiden.exe as kontoguiden-kit.toml (or point KONTOGUIDEN_KIT at it).
# Every field may be left out; Kontoguiden then uses its defaults.

# The office's name, shown in the window and on receipts.
office = "Storaskogsbolaget, kontoret i Sundsvall"

# The language the app starts in: "sv" or "en". Leave out to follow the system.
language = "sv"

# What people register for under Mina sidor:
# "viol3-production" (VIOL 3 Produktionsmiljö), "integration"
# (Integrationsspecifikationer) or "viol3-test" (VIOL 3 Kundtestmiljö).
service = "viol3-production"

# May the app ask Microsoft and DNS which kind of account an address's
# domain has? Only the domain is sent, never the person's name. true or false.
online_check = true

# Who people call when they are stuck. Shown on every help panel and error.
[support]
name = "IT-supporten"
phone = "060-123 45 67"
email = "it@storaskogsbolaget.se"
hours = "vardagar 8–16"

# The office's e-mail domains and the kind of account each is:
# "work-microsoft", "private-microsoft", "google", "other" or "none".
[domains]
"storaskogsbolaget.se" = "work-microsoft"

# Optional: another address for a step, by step ID. Only https addresses on
# biometria.se or the Microsoft and Google sign-in hosts are accepted.
[addresses]
# "open-biometria" = "https://www.biometria.se/"
`
