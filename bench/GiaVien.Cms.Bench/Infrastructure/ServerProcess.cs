using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GiaVien.Cms.Bench.Infrastructure;

/// <summary>
/// An ASP.NET Core app started as its own process (<c>dotnet exec app.dll --urls http://127.0.0.1:PORT</c>),
/// its console output going to a file rather than through a pipe the bench would have to drain while timing.
/// Disposing kills it.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _sinceStart;

    private ServerProcess(Process process, Stopwatch sinceStart, int port, string logFile)
    {
        _process = process;
        _sinceStart = sinceStart;
        Port = port;
        LogFile = logFile;
        Client = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(2), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public int Port { get; }

    /// <summary>The app's own process (sh execs it), for reading its CPU time and memory.</summary>
    public int ProcessId => _process.Id;

    public string LogFile { get; }

    public HttpClient Client { get; }

    public static ServerProcess Start(string dll, string workingDirectory, string logFile, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string>? arguments = null)
    {
        var port = FreePort();
        // `exec` keeps one process (the app itself) whose output sh sends to the log file.
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        foreach (var argument in (string[])["-c", "exec \"$@\" >>\"$BENCH_LOG\" 2>&1", "sh", "dotnet", "exec", dll, "--urls", $"http://127.0.0.1:{port}", .. arguments ?? []])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["BENCH_LOG"] = logFile;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var sinceStart = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        return new ServerProcess(process, sinceStart, port, logFile);
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200; returns the time since the process was started.</summary>
    public async Task<TimeSpan> WaitForOkAsync(string path = "/", TimeSpan? timeout = null)
    {
        var deadline = _sinceStart.Elapsed + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            try
            {
                using var response = await Client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return _sinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but the first request outlasted the client's timeout (a start on a very busy machine).
            }

            ThrowIfGone(deadline, $"GET {path} did not answer 200");
            await Task.Delay(5);
        }
    }

    /// <summary>Waits until the app has written <paramref name="text"/> on its console.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = _sinceStart.Elapsed + timeout;
        while (!(File.Exists(LogFile) && (await File.ReadAllTextAsync(LogFile)).Contains(text, StringComparison.Ordinal)))
        {
            ThrowIfGone(deadline, $"'{text}' was not written");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// SIGTERM, as a container stop or systemd would: the host runs its shutdown (hosted services' last work, such as the
    /// visit flush) and exits; killed if it has not within <paramref name="timeout"/>.
    /// </summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        using (var terminate = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await terminate.WaitForExitAsync();
        }

        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"The server did not stop within {timeout.TotalSeconds:0} s of SIGTERM.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void ThrowIfGone(TimeSpan deadline, string what)
    {
        if (_process.HasExited || _sinceStart.Elapsed > deadline)
        {
            var output = File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";
            throw new InvalidOperationException($"{what} ({(_process.HasExited ? "the process exited" : "timed out")}). Output:\n{output[^Math.Min(output.Length, 4000)..]}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
