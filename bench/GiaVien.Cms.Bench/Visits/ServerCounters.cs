using System.Globalization;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Visits;

/// <summary>
/// What the server's runtime did during one measured run, from the samples <see cref="StartupHook"/> wrote (every
/// 200 ms; the window is widened to the samples around the run): garbage collections, GC pause, allocation per request, the
/// thread pool's size at the end and lock contentions, and the database work (the visit flush's commands and commits).
/// </summary>
internal sealed record ServerCounters(
    int Gen0, int Gen1, int Gen2, double PauseMs, double AllocatedBytesPerRequest, long PoolThreads, long OsThreads, long Contentions,
    long DatabaseCommands, double DatabaseMs, double LongestDatabaseMs)
{
    /// <summary>The environment that makes the server write its samples to <paramref name="file"/>.</summary>
    public static Dictionary<string, string> Environment(string file) => new()
    {
        ["DOTNET_STARTUP_HOOKS"] = typeof(ServerCounters).Assembly.Location,
        [StartupHook.FileVariable] = file,
    };

    public static ServerCounters? Read(string file, MeasuredRun run)
    {
        var samples = File.ReadLines(file).Select(line => line.Split(' ').Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        // The window holds the whole run: from the last sample before it to the first after it. A sampler held up
        // by a busy machine widens the window rather than leaving it empty (a run of one second could see no sample).
        var first = samples.LastOrDefault(s => s[0] <= run.From.ToUnixTimeMilliseconds());
        var last = samples.FirstOrDefault(s => s[0] >= run.To.ToUnixTimeMilliseconds()) ?? samples.LastOrDefault();
        if (first is null || last is null)
        {
            return null;
        }

        long Delta(int column) => last[column] - first[column];
        return new ServerCounters((int)Delta(1), (int)Delta(2), (int)Delta(3), Delta(4) / 1000.0, Delta(5) / (double)Math.Max(1, run.Wrk.Requests),
            last[6], last[9], Delta(8), Delta(10), Delta(11) / 1000.0, last[12] / 1000.0);
    }

    public override string ToString() =>
        $"GC {Gen0}/{Gen1}/{Gen2} ({PauseMs:0.0} ms paused), {AllocatedBytesPerRequest:0} B allocated/request, {PoolThreads} pool threads ({OsThreads} in all), "
        + $"{Contentions} lock contentions, database {DatabaseCommands} commands in {DatabaseMs:0.0} ms (longest {LongestDatabaseMs:0.0} ms so far)";
}
