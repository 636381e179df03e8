using System.Diagnostics;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Tenants;

/// <summary>
/// Creates the communes the tenants benchmark activates. It runs in a child process (the bench's hidden
/// <c>tenants-setup</c> command), so the measuring process starts fresh: setting up 200 sites grows the
/// working set, and a process seldom gives that memory back.
/// </summary>
internal static class CommuneSetup
{
    public const string Command = "tenants-setup";

    public static string Name(int index) => $"xa-{index:000}";

    public static async Task RunInChildProcessAsync(string data, int count)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in (string[])["exec", Path.Combine(BenchApps.Folder, "GiaVien.Cms.Bench.dll"), Command, "--data", data, "--count", count.ToString()])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the setup process.");
        // Its stdout is the host's console (setup banner, logs); progress comes on stderr, which is inherited.
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Setting up the communes failed ({process.ExitCode}):\n{await output}");
        }
    }

    public static async Task CreateAsync(string data, int count, TextWriter progress)
    {
        var clock = Stopwatch.StartNew();
        await using var cms = new InProcessCms(data);
        await cms.StartAsync();
        for (var index = 1; index <= count; index++)
        {
            await cms.CreateCommuneAsync(Name(index), $"Xã thử nghiệm {index:000}");
            if (index % 25 == 0 || index == count)
            {
                progress.WriteLine($"{index} communes set up ({clock.Elapsed.TotalSeconds:0} s)");
            }
        }
    }
}
