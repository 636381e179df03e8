using System.Diagnostics;

namespace GiaVien.Cms.Bench.Baseline;

/// <summary>
/// A process's memory after a full, compacting collection: the managed heap that stays alive, and the
/// working set (what the machine actually gives the process). The bench uses this same type for the CMS,
/// so both sides of a comparison are measured by the same code.
/// </summary>
public sealed record MemorySnapshot(long GcHeapBytes, long WorkingSetBytes)
{
    public double GcHeapMb => GcHeapBytes / 1048576.0;

    public double WorkingSetMb => WorkingSetBytes / 1048576.0;

    public static MemorySnapshot Take()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySnapshot(GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
    }
}
