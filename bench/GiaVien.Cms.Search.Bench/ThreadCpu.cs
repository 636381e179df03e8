using System.Globalization;

namespace GiaVien.Cms.Search.Bench;

/// <summary>The CPU time the calling thread has run, which waiting for a core on a busy machine does not inflate.</summary>
public static class ThreadCpu
{
    // The first field of schedstat is the time this thread has run on a CPU, in nanoseconds.
    public static long Nanoseconds() => long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], CultureInfo.InvariantCulture);
}
