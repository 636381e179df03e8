using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Features;

/// <summary>
/// When a tenant is first opened in this process (on every node), runs the data migrations of its enabled features
/// that it is behind on: a module that ships a new migration reaches tenants that switched the feature on before it
/// existed, without anyone enabling it again. Each feature's migrations and its new version are saved in one
/// transaction; migrations are written to be idempotent, so two nodes opening the tenant at once do no harm.
/// </summary>
public sealed class PendingFeatureMigrations(IEnumerable<FeatureDescriptor> features, IServiceScopeFactory scopes, ILogger<PendingFeatureMigrations> logger) : IShellActivation
{
    private readonly FeatureDescriptor[] _withMigrations = features.Where(f => f.Migrations.Count > 0).ToArray();

    public async Task ActivatedAsync(ShellContext shell, CancellationToken cancellationToken)
    {
        if (_withMigrations.Length == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var behind = (await db.Features.AsNoTracking().Where(f => f.Enabled).ToListAsync(cancellationToken))
            .Select(r => (Record: r, Feature: _withMigrations.FirstOrDefault(f => f.Id == r.FeatureId)))
            .Where(x => x.Feature is not null && x.Record.MigrationVersion < x.Feature.LatestVersion)
            .Select(x => x.Feature!.Id).ToList();
        foreach (var id in behind)
        {
            await CatchUpAsync(_withMigrations.First(f => f.Id == id), db, scope.ServiceProvider, cancellationToken);
        }
    }

    private async Task CatchUpAsync(FeatureDescriptor feature, CmsDbContext db, IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Read again inside the transaction: another node may have caught up meanwhile.
        var record = await db.Features.SingleAsync(f => f.FeatureId == feature.Id, cancellationToken);
        foreach (var migration in feature.Migrations.Where(m => m.Version > record.MigrationVersion).OrderBy(m => m.Version))
        {
            await migration.ApplyAsync(tenantServices, cancellationToken);
            record.MigrationVersion = migration.Version;
            logger.LogInformation("Migration {Version} of feature {Feature} applied at activation", migration.Version, feature.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
