using System.Globalization;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>The product processes tests start end with their test, also when their start times out.</summary>
public sealed class HostProcessCleanupTests
{
    [Fact]
    public async Task A_host_that_does_not_listen_in_time_is_not_left_running()
    {
        var dataPath = Directory.CreateTempSubdirectory("giavien-unstarted-").FullName;
        try
        {
            // No host listens within a millisecond of its start: the time-out is certain.
            await Assert.ThrowsAsync<TimeoutException>(() =>
                HostProcess.StartAsync(TimeSpan.FromMilliseconds(1), dataPath, TestRecipes.CreateFolder(dataPath), new Dictionary<string, string>(), []));

            Assert.Empty(ProcessesWith(dataPath));
        }
        finally
        {
            foreach (var pid in ProcessesWith(dataPath))
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }

            Directory.Delete(dataPath, recursive: true);
        }
    }

    /// <summary>The processes whose command line names <paramref name="dataPath"/> (every host is given its data folder there).</summary>
    private static List<int> ProcessesWith(string dataPath) =>
        Directory.EnumerateDirectories("/proc")
            .Select(folder => int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && CommandLine(pid).Contains($"--Cms:DataPath={dataPath}\0", StringComparison.Ordinal))
            .ToList();

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return ""; // the process ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
