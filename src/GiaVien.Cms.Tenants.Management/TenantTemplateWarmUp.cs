using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tenants.Management;

/// <summary>
/// Makes the SQLite template new tenants are copied from (<see cref="TenantDatabase.PrepareSqliteTemplateAsync"/>) in the
/// background, <see cref="TenantsOptions.TemplateWarmUp"/> after the start, once the node serves. Made by the first commune
/// created after a restart instead, it was most of that creation's setup (EF Core's migrations, all cold code; profile
/// in docs/benchmarks.md, "The first admin creation after a restart, round 13"); made before listening it would delay
/// <c>/health</c> and the first district home. A creation that comes first makes it itself, as before.
/// </summary>
internal sealed class TenantTemplateWarmUp(TenantDatabase database, IOptions<TenantsOptions> options, ILogger<TenantTemplateWarmUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.DefaultProvider != DatabaseProvider.Sqlite)
        {
            // A PostgreSQL schema is migrated in place: there is no template to make.
            return;
        }

        await Task.Delay(options.Value.TemplateWarmUp, stoppingToken);
        try
        {
            var took = await database.PrepareSqliteTemplateAsync();
            logger.LogInformation("SQLite tenant template made in the background in {ElapsedMs:0} ms", took.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not fatal to the node: each creation then reports the same error to the administrator, as it would have
            // had it made the template itself.
            logger.LogWarning(e, "The SQLite tenant template could not be made in the background");
        }
    }
}
