using System.Runtime.InteropServices;

namespace GiaVien.Cms.Tenants.Memory;

/// <summary>glibc's <c>malloc_trim</c>: hands the free pages of every malloc arena back to the operating system.</summary>
internal static partial class NativeHeap
{
    /// <returns>
    /// Whether memory was given back; false also where the C library has no such call (musl, as on Alpine, and systems
    /// other than Linux).
    /// </returns>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return MallocTrim(0) == 1;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
