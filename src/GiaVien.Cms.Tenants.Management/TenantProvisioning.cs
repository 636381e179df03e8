using System.Collections.Concurrent;
using System.Threading.Channels;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Recipes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tenants.Management;

/// <summary>
/// Creates a tenant's record at once (so names and addresses are checked and claimed while the administrator
/// waits) and sets it up from its recipe in the background, one tenant at a time; meanwhile the tenant
/// answers 503 with Retry-After. Progress is kept in memory for the tenant list.
/// </summary>
public sealed class TenantProvisioning(
    TenantRegistry registry,
    TenantSetup setup,
    TenantStatisticsCollector statistics,
    TimeProvider clock,
    ILogger<TenantProvisioning> logger) : BackgroundService
{
    private readonly Channel<(string Tenant, string Recipe, RecipeParameters Parameters)> _queue =
        Channel.CreateUnbounded<(string, string, RecipeParameters)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ConcurrentDictionary<string, SetupProgress> _progress = new(StringComparer.Ordinal);

    public SetupProgress? Progress(string tenantName) => _progress.GetValueOrDefault(tenantName);

    /// <summary>Claims the tenant's name and addresses now; its setup is queued. Throws <see cref="TenantException"/> for bad or taken input.</summary>
    public async Task<TenantRecord> CreateAsync(TenantSpec spec, RecipeParameters parameters, CancellationToken cancellationToken = default)
    {
        var recipe = spec.RecipeName ?? throw new TenantException("Hãy chọn công thức khởi tạo.", nameof(TenantSpec.RecipeName));
        var record = await registry.CreateAsync(spec, cancellationToken);
        _progress[record.Name] = new SetupProgress("Đang chờ khởi tạo", clock.GetUtcNow().UtcDateTime);
        await _queue.Writer.WriteAsync((record.Name, recipe, parameters), cancellationToken);
        return record;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (tenant, recipe, parameters) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await SetupOneAsync(tenant, recipe, parameters, stoppingToken);
        }
    }

    private async Task SetupOneAsync(string tenant, string recipe, RecipeParameters parameters, CancellationToken stoppingToken)
    {
        var started = clock.GetUtcNow().UtcDateTime;
        _progress[tenant] = new SetupProgress("Đang tạo cơ sở dữ liệu và áp dụng công thức", started);
        try
        {
            await setup.SetupAsync(tenant, recipe, parameters, step => _progress[tenant] = new SetupProgress(step, started), stoppingToken);
            _progress[tenant] = new SetupProgress("Đã khởi tạo xong", started, Finished: true);
            if (registry.Map.Find(tenant) is { } record)
            {
                await statistics.RefreshAsync(record, stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // TenantSetup has put the tenant back to Uninitialized with the error (and the failing step) recorded.
            logger.LogError(e, "Background setup of tenant {TenantName} failed", tenant);
            _progress[tenant] = new SetupProgress("Khởi tạo thất bại", started, Finished: true, Error: e.Message);
        }
    }
}
