#!/usr/bin/env bash
# Sets what wixl 0.101 cannot, in an MSI it built ("make package-msi" calls
# it, before signing). Usage: msi-tables.sh FILE.msi
#  1. Upgrade: the row that finds earlier installs includes this very
#     version (attributes 513 = MigrateFeatures + VersionMaxInclusive): a
#     rebuild of the same version replaces the one installed instead of
#     adding a second entry to Installed Apps. (wixl ignores
#     AllowSameVersionUpgrades.)
#  2. InstallExecuteSequence: RemoveExistingProducts right after
#     InstallInitialize (WiX's afterInstallInitialize), not after
#     InstallFinalize where wixl puts it. The earlier install is removed
#     inside this install's transaction: when the new one fails (a bad
#     KIT=), Windows rolls the removal back and the earlier version stays.
#     And it is removed whole before this one is laid down, so a rebuild's
#     files always replace the old ones and nothing of the old product's
#     registration outlives it (Wine, removing it last, also dropped the
#     new product from the UpgradeCode, so the next upgrade missed it).
#  3. SecureCustomProperties gets KIT, so that the property reaches the
#     part of the install that runs as SYSTEM also when an administrator
#     starts it from a prompt that is not elevated.
#  4. MsiLockPermissionsEx: %ProgramData%\Kontoguiden, where the computer's
#     kit lives, is writable by Administrators and SYSTEM only, readable by
#     Users, and inherits nothing from ProgramData (where any user may
#     create files). SDDL with well-known SIDs (BA, SY, BU), not the
#     LockPermissions table, whose user names are localized
#     ("Administratörer" on Swedish Windows); never both (error 1941).
set -euo pipefail
msi=$(realpath "$1")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
msiinfo export "$msi" Upgrade | tr -d '\r' > upgrade.txt
grep -q $'\t1\t\tWIX_UPGRADE_DETECTED$' upgrade.txt || { echo "msi-tables: no WIX_UPGRADE_DETECTED row with attributes 1 in $msi" >&2; exit 1; }
sed $'s/\t1\t\tWIX_UPGRADE_DETECTED$/\t513\t\tWIX_UPGRADE_DETECTED/' upgrade.txt | sed 's/$/\r/' > Upgrade.idt
msiinfo export "$msi" InstallExecuteSequence | tr -d '\r' > sequence.txt
grep -q $'^RemoveExistingProducts\t\t' sequence.txt || { echo "msi-tables: no RemoveExistingProducts in $msi" >&2; exit 1; }
sed $'s/^RemoveExistingProducts\t\t[0-9]*$/RemoveExistingProducts\t\t1501/' sequence.txt | sed 's/$/\r/' > InstallExecuteSequence.idt
printf '%s\r\n' \
	$'MsiLockPermissionsEx\tLockObject\tTable\tSDDL\tCondition' \
	$'s72\ts72\ts32\ts0\tS255' \
	$'MsiLockPermissionsEx\tMsiLockPermissionsEx' \
	$'KitFolderLock\tKITDIR\tCreateFolder\tD:PAI(A;OICI;FA;;;BA)(A;OICI;FA;;;SY)(A;OICI;0x1200a9;;;BU)\t' > MsiLockPermissionsEx.idt
msibuild "$msi" -i Upgrade.idt
msibuild "$msi" -i InstallExecuteSequence.idt
msibuild "$msi" -i MsiLockPermissionsEx.idt
secure=$(msiinfo export "$msi" Property | tr -d '\r' | sed -n 's/^SecureCustomProperties\t//p')
msibuild "$msi" -q "UPDATE \`Property\` SET \`Value\` = '${secure:+$secure;}KIT' WHERE \`Property\` = 'SecureCustomProperties'"
msiinfo export "$msi" Property | grep -q $'^SecureCustomProperties\t.*KIT' || { echo "msi-tables: KIT is not a secure property" >&2; exit 1; }
tables=$(msiinfo tables "$msi")
if grep -qx LockPermissions <<<"$tables"; then
	echo "msi-tables: $msi has a LockPermissions table too (error 1941)" >&2; exit 1
fi
echo "msi-tables: same-version upgrades (513), earlier installs removed in the transaction (1501), %ProgramData%\\Kontoguiden locked to administrators"
