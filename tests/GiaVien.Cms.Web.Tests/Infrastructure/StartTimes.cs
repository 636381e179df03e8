using System.Globalization;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// With <c>GIAVIEN_TEST_STARTLOG=/path</c>, one line per demo host's start (its class, whether it was copied from the set-up
/// template or set up, and how long its start took in seconds) is appended to that file: the figures the suite's time is
/// judged on, which the TRX files do not hold (a class fixture's start is no test's duration).
/// </summary>
public static class StartTimes
{
    private static readonly string? LogPath = Environment.GetEnvironmentVariable("GIAVIEN_TEST_STARTLOG");
    private static readonly Lock Gate = new();

    public static void Record(CmsHost host, bool copied, TimeSpan took)
    {
        if (LogPath is null)
        {
            return;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{host.GetType().Name}\t{host.Provider}\t{(copied ? "copy" : "setup")}\t{took.TotalSeconds:0.000}\n");
        lock (Gate)
        {
            File.AppendAllText(LogPath, line);
        }
    }
}
