//go:build windows

package kit

import "golang.org/x/sys/windows"

// machineDirSDDL is who may do what in %ProgramData%\Kontoguiden, as the
// MSI's MsiLockPermissionsEx table also sets it (.ci/windows/msi-tables.sh):
// Administrators and SYSTEM everything, Users read, nothing inherited from
// ProgramData, where any user may create files. Well-known SIDs, so it
// holds on a Swedish Windows as on any other.
const machineDirSDDL = "D:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)(A;OICI;0x1200a9;;;BU)"

// lockDir gives dir those permissions, whoever made it: "kit install" from
// the zip, with no MSI behind it, must leave the folder as the MSI does.
func lockDir(dir string) error {
	sd, err := windows.SecurityDescriptorFromString(machineDirSDDL)
	if err != nil {
		return err
	}
	dacl, _, err := sd.DACL()
	if err != nil {
		return err
	}
	return windows.SetNamedSecurityInfo(dir, windows.SE_FILE_OBJECT,
		windows.DACL_SECURITY_INFORMATION|windows.PROTECTED_DACL_SECURITY_INFORMATION, nil, nil, dacl, nil)
}
