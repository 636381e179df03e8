using System.Collections.Concurrent;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Failures;
using GiaVien.Cms.Data.Tenants;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// The tenants whose database this node found missing or unreadable (a deleted SQLite file, a dropped schema). Such a
/// tenant answers 503 without touching its database, is reported by <c>/health</c> and skipped by the district's views,
/// while every other tenant keeps serving. The state is this node's own (a SQLite file is one node's disk) and held in
/// memory: a restart finds the failure again on the tenant's first use. Its database is probed again at most every
/// <see cref="TenantsOptions.FailedRecheckInterval"/>, by a request or by the background pass; once it is back, the
/// tenant serves again. A change of the tenant's record (restored, imported, removed) forgets the failure.
/// </summary>
public sealed class TenantFailures
{
    private static readonly Task<bool> NotFailed = Task.FromResult(false);

    private readonly ConcurrentDictionary<string, Failure> _failed = new(StringComparer.Ordinal);
    private readonly TenantDatabase _database;
    private readonly ShellHost _shells;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _recheckInterval;
    private readonly ILogger<TenantFailures> _logger;

    public TenantFailures(TenantRegistry registry, TenantDatabase database, ShellHost shells, IOptions<TenantsOptions> options, TimeProvider clock, ILogger<TenantFailures> logger)
    {
        _database = database;
        _shells = shells;
        _clock = clock;
        _recheckInterval = options.Value.FailedRecheckInterval;
        _logger = logger;
        registry.Changed += name =>
        {
            if (_failed.TryRemove(name, out _))
            {
                Changed?.Invoke(name);
            }
        };
    }

    /// <summary>Raised with a tenant's name when it fails or comes back (district views drop what they cached).</summary>
    public event Action<string>? Changed;

    /// <summary>The failed tenants and why, for <c>/health</c> and the tenant list: no I/O.</summary>
    public IReadOnlyList<(string Tenant, string Reason, DateTime SinceUtc)> Current =>
        _failed.Select(f => (f.Key, f.Value.Reason, f.Value.SinceUtc)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();

    // Both look the tenant up without asking IsEmpty first: on an empty dictionary (no tenant failed, the usual case)
    // IsEmpty takes every lock and a look-up none, and IsStillFailedAsync runs on every request.
    public bool IsFailed(string tenantName) => _failed.ContainsKey(tenantName);

    /// <summary>
    /// Whether the tenant is (still) failed. When its re-check is due, its database is probed (one caller at a time)
    /// and the tenant recovers if the probe passes.
    /// </summary>
    public Task<bool> IsStillFailedAsync(TenantRecord tenant, CancellationToken cancellationToken) =>
        _failed.TryGetValue(tenant.Name, out var failure) ? IsStillFailedAsync(tenant, failure, cancellationToken) : NotFailed;

    private async Task<bool> IsStillFailedAsync(TenantRecord tenant, Failure failure, CancellationToken cancellationToken)
    {
        if (!failure.TryStartCheck(_clock.GetUtcNow(), _recheckInterval) || await _database.ProbeAsync(tenant.Name, tenant.DatabaseProvider, cancellationToken) is not null)
        {
            return true;
        }

        // Connections opened on the lost file before it came back must not be reused.
        _database.ReleaseConnections(tenant.Name, tenant.DatabaseProvider);
        if (_failed.TryRemove(new KeyValuePair<string, Failure>(tenant.Name, failure)))
        {
            _logger.LogInformation("The database of tenant {TenantName} is back; the tenant serves again", tenant.Name);
            Changed?.Invoke(tenant.Name);
        }

        return false;
    }

    /// <summary>
    /// Looks at an error raised while serving <paramref name="tenant"/>: if it may mean that the database is gone and a
    /// probe confirms it, the tenant is marked failed (logged once) and true is returned: the caller answers 503 rather
    /// than 500. Otherwise (another error, or one about another tenant's database) the caller handles it as before.
    /// </summary>
    public async Task<bool> ReportAsync(TenantRecord tenant, Exception exception)
    {
        if (!DatabaseFailures.MayBeUnavailable(exception))
        {
            return false;
        }

        // Pooled connections may still point at a file that was deleted or replaced: the next ones open it afresh.
        _database.ReleaseConnections(tenant.Name, tenant.DatabaseProvider);
        if (await _database.ProbeAsync(tenant.Name, tenant.DatabaseProvider, CancellationToken.None) is not { } reason)
        {
            return false;
        }

        if (_failed.TryAdd(tenant.Name, new Failure(reason, _clock.GetUtcNow(), _recheckInterval)))
        {
            _shells.ReleaseLost(tenant.Name);
            _logger.LogError(exception, "Tenant {TenantName} is failed: {Reason} It answers 503 until its database is restored (checked every {Seconds} s)",
                tenant.Name, reason, _recheckInterval.TotalSeconds);
            Changed?.Invoke(tenant.Name);
        }

        return true;
    }

    private sealed class Failure(string reason, DateTimeOffset since, TimeSpan recheckInterval)
    {
        private long _nextCheckTicks = (since + recheckInterval).UtcTicks;

        public string Reason { get; } = reason;

        public DateTime SinceUtc { get; } = since.UtcDateTime;

        /// <summary>Claims the due re-check, so concurrent requests do not all probe the database.</summary>
        public bool TryStartCheck(DateTimeOffset now, TimeSpan interval)
        {
            var due = Interlocked.Read(ref _nextCheckTicks);
            return now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextCheckTicks, (now + interval).UtcTicks, due) == due;
        }
    }
}
