package main

// Where a Group Policy (the ADMX template in assets/windows/policy) or
// Intune sets Kontoguiden for every user of a computer, under
// HKEY_LOCAL_MACHINE, which only an administrator can write. The template
// and the program must agree on these names (TestPolicyTemplate).
const (
	policyKey    = `Software\Policies\Biometria\Kontoguiden`
	policyKit    = "KitPath"     // a string: the kit to read before any other
	policyOnline = "OnlineCheck" // a DWORD: 0 off, 1 on
)
