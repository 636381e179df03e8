using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The real host as a separate process (the built GiaVien.Cms.Web.dll), so a test can kill it with SIGKILL.</summary>
public sealed partial class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process) => _process = process;

    public Uri BaseAddress => _listening.Task.Result;

    /// <summary>What the process has written on its console (standard output) so far.</summary>
    public IReadOnlyCollection<string> Output => _output;

    public static Task<HostProcess> StartAsync(string dataPath, string recipesPath, params string[] settings) =>
        StartAsync(dataPath, recipesPath, new Dictionary<string, string>(), settings);

    /// <summary>Starts the host with extra environment variables (e.g. <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>).</summary>
    public static Task<HostProcess> StartAsync(string dataPath, string recipesPath, IReadOnlyDictionary<string, string> environment, params string[] settings) =>
        StartAsync(TimeSpan.FromSeconds(60), dataPath, recipesPath, environment, settings);

    /// <summary>
    /// Starts the host and waits up to <paramref name="listenTimeout"/> for it to listen. A host that does not listen in
    /// time is killed before the time-out is thrown: no caller holds it yet, and a product process left running
    /// outlives the test run and takes CPU from every later test.
    /// </summary>
    internal static async Task<HostProcess> StartAsync(TimeSpan listenTimeout, string dataPath, string recipesPath, IReadOnlyDictionary<string, string> environment, string[] settings)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "GiaVien.Cms.Web.dll"), "--urls", "http://127.0.0.1:0",
            $"--Cms:DataPath={dataPath}", $"--Cms:RecipesPath={recipesPath}", $"--Cms:Setup:AdminPassword={CmsHost.AdminPassword}",
            "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Information", $"--Cms:Search:RateLimitPermits={CmsHost.SearchPermits}" }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var host = new HostProcess(Process.Start(start)!);
        host._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                host._output.Enqueue(e.Data);
            }

            if (e.Data is not null && ListeningOn().Match(e.Data) is { Success: true } match)
            {
                host._listening.TrySetResult(new Uri(match.Value));
            }
        };
        host._process.ErrorDataReceived += (_, _) => { };
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        try
        {
            await host._listening.Task.WaitAsync(listenTimeout);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress };

    /// <summary>A browser-like client: no automatic redirects, cookies in <paramref name="cookies"/> (shared by clients of other nodes on 127.0.0.1, as a load balancer would).</summary>
    public HttpClient Browser(CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = BaseAddress };

    /// <summary>SIGKILL: no shutdown, no flush, no Lucene commit.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as a container stop: the host shuts down and its log sinks write what they still hold.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningOn();
}
