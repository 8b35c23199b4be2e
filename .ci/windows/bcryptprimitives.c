/*
 * TEST ONLY - never shipped. Debian 12's Wine 8 lacks
 * bcryptprimitives.dll!ProcessPrng, which every Go >= 1.22 Windows program
 * calls at start-up. "make test-windows" builds this stand-in with mingw and
 * copies it into a throw-away Wine prefix's system32; it fills the buffer
 * from advapi32!SystemFunction036 (RtlGenRandom), as Windows itself would.
 */
#include <windows.h>

typedef BOOLEAN (WINAPI *RtlGenRandomFn)(PVOID, ULONG);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	static RtlGenRandomFn gen;
	if (gen == NULL) {
		HMODULE advapi = LoadLibraryA("advapi32.dll");
		if (advapi == NULL)
			return FALSE;
		gen = (RtlGenRandomFn)GetProcAddress(advapi, "SystemFunction036");
		if (gen == NULL)
			return FALSE;
	}
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!gen(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
