using System.Diagnostics;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GiaVien.Cms.Web.Health;

/// <summary>
/// Asks this node's own server for the district home once after a start, before <c>/health/ready</c> says ready: the
/// cold work of a first render (JIT of the page's code, EF Core's model and first queries, the Fluid templates, the
/// district's read model, the search index's first open) is then paid by no visitor a load balancer sends. The request
/// goes through the whole pipeline like a visitor's, without a user agent, so it is not counted as a visit. A node
/// whose server cannot be reached over plain HTTP on loopback (in-memory test server, HTTPS or Unix socket only) skips
/// it and is ready as before: its first visitor pays the cold render.
/// </summary>
public sealed class DistrictHomeWarmUp(IServer server, TenantRegistry registry, IHostApplicationLifetime lifetime, ILogger<DistrictHomeWarmUp> logger)
    : BackgroundService
{
    // A cold first render on a loaded node can take tens of seconds; past this the node is declared ready anyway.
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan SetupPoll = TimeSpan.FromMilliseconds(200);

    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first render was served, failed or was skipped: readiness no longer waits for it.</summary>
    public bool IsFinished => _finished.Task.IsCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenServerStartedAsync(stoppingToken);
            var district = await WhenDistrictRunsAsync(stoppingToken);
            await RequestHomeAsync(district, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before the district was set up: readiness already says the node is stopping.
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // Never fatal: a failed first render (refused connection, timeout, a page error) only loses the head start.
            logger.LogWarning(e, "The district home could not be requested after the start; its first visitor will wait for the first render");
        }
        finally
        {
            _finished.TrySetResult();
        }
    }

    private async Task WhenServerStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    // On a new installation the first-run setup creates the district after the server has started.
    private async Task<TenantRecord> WhenDistrictRunsAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            if (registry.Map.Find(TenantRecord.DefaultName) is { State: TenantState.Running } district)
            {
                return district;
            }

            await Task.Delay(SetupPoll, stoppingToken);
        }
    }

    private async Task RequestHomeAsync(TenantRecord district, CancellationToken stoppingToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Select(LoopbackAddress).FirstOrDefault(a => a is not null) is not { } home)
        {
            logger.LogInformation("No plain HTTP address to request the district home from after the start ({Addresses})", string.Join(", ", addresses));
            return;
        }

        using var client = new HttpClient { Timeout = RenderTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, home);
        // A district bound to its own host name may not be the fallback for a bare loopback address.
        if (district.HostNames.FirstOrDefault(h => !h.Contains('*', StringComparison.Ordinal)) is { } hostName)
        {
            request.Headers.Host = hostName;
        }

        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request, stoppingToken);
        await response.Content.LoadIntoBufferAsync(stoppingToken);
        logger.LogInformation("District home requested after the start: {StatusCode} in {ElapsedMs:0} ms", (int)response.StatusCode, clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// The loopback URL of the home page behind a server address ("http://+:8080", "http://[::]:80",
    /// "http://127.0.0.1:5000"), or null for an HTTPS, Unix socket or named pipe address.
    /// </summary>
    public static Uri? LoopbackAddress(string address)
    {
        var normalized = address.Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.Host is "unix" or "pipe")
        {
            return null;
        }

        var host = uri.Host switch
        {
            "0.0.0.0" => "127.0.0.1",
            "[::]" => "[::1]",
            _ => uri.Host,
        };
        return new UriBuilder(Uri.UriSchemeHttp, host, uri.Port, "/").Uri;
    }
}
