using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Visits;

/// <summary>The one background loop that writes this node's counts: every <see cref="VisitsOptions.FlushInterval"/>, and once more on the way out.</summary>
public sealed class VisitFlushService(VisitFlush flush, IOptions<VisitsOptions> options, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await flush.RunAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last flush below.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // After the loop has ended, so the two never write the same counts; bounded by the host's shutdown timeout.
        await flush.RunAsync(cancellationToken);
    }
}
