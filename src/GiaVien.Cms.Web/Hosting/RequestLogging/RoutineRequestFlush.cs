using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Hosting.RequestLogging;

/// <summary>Writes the routine requests counted by <see cref="RoutineRequestTally"/> every interval, and once more on the way out.</summary>
public sealed class RoutineRequestFlush(RoutineRequestTally tally, RequestLogWriter writer, IOptions<RequestLogOptions> options, TimeProvider clock) : BackgroundService
{
    private readonly TimeSpan _interval = options.Value.Interval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Flush();
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
        Flush();
    }

    private void Flush()
    {
        foreach (var summary in tally.Drain())
        {
            writer.Routine(summary, _interval);
        }
    }
}
