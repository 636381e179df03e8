using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.District;

/// <summary>
/// Keeps the shared-news read model current: a member's public change (publish, edit, unpublish, delete, its settings
/// or features saved; on any node), a change of its tenant record (disabled, removed, retired, renamed) or of its
/// failed state queues that tenant, and one worker refreshes the queued tenants in the background. Some time after a
/// start the model is checked against the tenants (<see cref="DistrictOptions.CatchUpDelay"/>), so nothing per tenant
/// runs before the first pages are served; only members not marked checked are read (<see cref="SharedSummaryRefresher.CatchUpAsync"/>).
/// </summary>
public sealed class SharedSummaryFeed : BackgroundService
{
    private readonly SharedSummaryRefresher _refresher;
    private readonly SharedSummaryStore _store;
    private readonly TenantRegistry _registry;
    private readonly DistrictOptions _options;
    private readonly ILogger<SharedSummaryFeed> _logger;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);
    private TaskCompletionSource _drained = Completed();

    // Subscribed when built, before any hosted service starts: a change made during setup is not missed.
    public SharedSummaryFeed(SharedSummaryRefresher refresher, SharedSummaryStore store, PublicChanges changes, TenantRegistry registry, TenantFailures failures,
        IOptions<DistrictOptions> options, ILogger<SharedSummaryFeed> logger)
    {
        _refresher = refresher;
        _store = store;
        _registry = registry;
        _options = options.Value;
        _logger = logger;
        changes.Changed += Enqueue;
        registry.Changed += Enqueue;
        failures.Changed += Enqueue;
    }

    /// <summary>Raised after queued tenants were refreshed: the district's cached pages may show something else now.</summary>
    public event Action? Refreshed;

    /// <summary>Completes once every change reported so far has reached the read model.</summary>
    public Task Drained
    {
        get
        {
            lock (_gate)
            {
                return _drained.Task;
            }
        }
    }

    private void Enqueue(string tenantName)
    {
        if (tenantName == TenantRecord.DefaultName)
        {
            return;
        }

        lock (_gate)
        {
            _queued.Add(tenantName);
            if (_drained.Task.IsCompleted)
            {
                _drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        _wake.Release();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(DrainAsync(stoppingToken), CatchUpAsync(stoppingToken));

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(stoppingToken);
                while (TakeQueued() is { } tenantNames)
                {
                    await ForgetCheckedAsync(tenantNames, stoppingToken);
                    foreach (var tenantName in tenantNames)
                    {
                        await RefreshAsync(tenantName, stoppingToken);
                    }

                    // Raised before the next TakeQueued can release readers waiting on the drain: what they read
                    // then is kept and cached, not forgotten a moment later.
                    Refreshed?.Invoke();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>The queued tenants, or null (and waiting readers released) when none is left.</summary>
    private List<string>? TakeQueued()
    {
        lock (_gate)
        {
            if (_queued.Count == 0)
            {
                _drained.TrySetResult();
                return null;
            }

            var names = _queued.Order(StringComparer.Ordinal).ToList();
            _queued.Clear();
            return names;
        }
    }

    /// <summary>
    /// The changed tenants lose their checked mark before they are read: a node that stops before their new rows are
    /// stored leaves them to be read after the next start. What is not covered is a stop between a change's commit and
    /// this delete (milliseconds): that change reaches the district with the tenant's next change or a
    /// <c>district rebuild-shared-news</c>.
    /// </summary>
    private async Task ForgetCheckedAsync(List<string> tenantNames, CancellationToken stoppingToken)
    {
        try
        {
            await _store.ForgetCheckedAsync(tenantNames, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The host database is unavailable: the refreshes below most likely fail too, and are logged.
            _logger.LogWarning(e, "The shared news marks of {TenantCount} changed tenants could not be removed", tenantNames.Count);
        }
    }

    private async Task RefreshAsync(string tenantName, CancellationToken stoppingToken)
    {
        try
        {
            await _refresher.RefreshAsync(tenantName, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The start's check (or the tenant's next change) repairs it; the other queued tenants go on.
            _logger.LogError(e, "Shared news of tenant {SharedTenant} could not be refreshed", tenantName);
        }
    }

    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Checked against the empty map of a node still reading its records, every member would look gone.
            await _registry.WhenLoadedAsync(stoppingToken);
            await Task.Delay(_options.CatchUpDelay, stoppingToken);
            if ((await _refresher.CatchUpAsync(stoppingToken)).Changed > 0)
            {
                Refreshed?.Invoke();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _logger.LogError(e, "The shared news read model could not be checked after the start");
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
