using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiaVien.Cms.Web.Health;

/// <summary>
/// Degraded, naming them, while tenants are failed on this node (database missing or unreadable): the others serve, so
/// the node stays in the load balancer. It reads the state the node already holds: no tenant database is probed here.
/// </summary>
public sealed class FailedTenantsHealthCheck(TenantFailures failures) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failed = failures.Current;
        return Task.FromResult(failed.Count == 0
            ? HealthCheckResult.Healthy("No tenant is failed.")
            : HealthCheckResult.Degraded($"Failed tenants (503 until their database is back): {string.Join("; ", failed.Select(f => $"{f.Tenant} since {f.SinceUtc:O}: {f.Reason}"))}"));
    }
}
