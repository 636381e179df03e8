using System.Globalization;

namespace GiaVien.Cms.Bench.Province;

/// <summary>What Linux says about a process: CPU time used so far and resident memory, read from /proc.</summary>
internal static class ProcessProbe
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>User plus system CPU time of the process so far.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 14th, stime the 15th.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Resident set size in MB.</summary>
    public static double RssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>Share of one core the process used over <paramref name="window"/>.</summary>
    public static async Task<double> CoreShareAsync(int pid, TimeSpan window)
    {
        var before = CpuTime(pid);
        await Task.Delay(window);
        return (CpuTime(pid) - before) / window;
    }
}
