using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Data.Features;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Features;

/// <summary>
/// Enables and disables the modules' features on a running tenant. Enabling applies, dependencies first, each
/// feature's recipe and its data migrations not yet applied there, and records the feature as on, all in one
/// transaction; enabling what is on already changes nothing. The change is then announced to every node.
/// </summary>
public sealed class TenantFeatures(
    IEnumerable<FeatureDescriptor> features,
    RunningTenantRecipes recipes,
    RecipeExecutor executor,
    FeatureRecords featureRecords,
    ILogger<TenantFeatures> logger)
{
    private readonly Dictionary<string, FeatureDescriptor> _features = features.ToDictionary(f => f.Id, StringComparer.Ordinal);

    public IEnumerable<FeatureDescriptor> All => _features.Values.OrderBy(f => f.Name, StringComparer.Ordinal);

    public async Task<IReadOnlyList<FeatureState>> ListAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<FeatureState> states = [];
        await recipes.InTenantAsync(tenantName, async (services, _) =>
        {
            var records = await ReadAsync(services.GetRequiredService<CmsDbContext>(), cancellationToken);
            states = All.Select(f => records.TryGetValue(f.Id, out var r) ? new FeatureState(f, r.Enabled, r.MigrationVersion) : new FeatureState(f, false, 0)).ToList();
        }, cancellationToken, announce: false);
        return states;
    }

    public Task EnableAsync(string tenantName, string featureId, string userName, CancellationToken cancellationToken = default) =>
        recipes.InTenantAsync(tenantName, async (services, parameters) =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var records = await ReadAsync(db, cancellationToken);
            foreach (var feature in WithDependencies(Find(featureId), []))
            {
                var record = records.GetValueOrDefault(feature.Id);
                if (record is { Enabled: true } && record.MigrationVersion >= feature.LatestVersion)
                {
                    continue;
                }

                await EnableOneAsync(feature, record, services, parameters, userName, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Feature {Feature} enabled on tenant {TenantName} by {UserName}", featureId, tenantName, userName);
        }, cancellationToken);

    public Task DisableAsync(string tenantName, string featureId, string userName, CancellationToken cancellationToken = default) =>
        recipes.InTenantAsync(tenantName, async (services, _) =>
        {
            var feature = Find(featureId);
            var db = services.GetRequiredService<CmsDbContext>();
            var records = await ReadAsync(db, cancellationToken);
            var dependents = _features.Values.Where(f => f.Dependencies.Contains(feature.Id) && records.GetValueOrDefault(f.Id)?.Enabled == true).Select(f => f.Name).ToList();
            if (dependents.Count > 0)
            {
                throw new FeatureException($"Không thể tắt “{feature.Name}”: tính năng {string.Join(", ", dependents.Select(n => $"“{n}”"))} đang bật và cần đến nó.");
            }

            if (records.GetValueOrDefault(feature.Id) is not { Enabled: true } record)
            {
                return;
            }

            record.Enabled = false;
            featureRecords.Touch(record, userName);
            db.AuditTrail.Add(featureRecords.Audit(userName, FeaturesServiceCollectionExtensions.AuditDisabled, feature));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Feature {Feature} disabled on tenant {TenantName} by {UserName}", featureId, tenantName, userName);
        }, cancellationToken);

    private async Task EnableOneAsync(FeatureDescriptor feature, TenantFeatureRecord? record, IServiceProvider services, RecipeParameters parameters, string userName, CancellationToken cancellationToken)
    {
        if (feature.Recipe is { } recipe)
        {
            await executor.ExecuteAsync(recipes.Find(recipe), parameters, services, new RecipeRun(userName, OnRunningTenant: true), progress: null, cancellationToken);
        }

        await featureRecords.SwitchOnAsync(feature, record, services, userName, cancellationToken);
    }

    /// <summary>The feature after everything it needs, each once, dependencies of dependencies first.</summary>
    private List<FeatureDescriptor> WithDependencies(FeatureDescriptor feature, HashSet<string> visiting)
    {
        if (!visiting.Add(feature.Id))
        {
            throw new FeatureException($"Tính năng “{feature.Name}” phụ thuộc vòng vào chính nó.");
        }

        var ordered = new List<FeatureDescriptor>();
        foreach (var dependency in feature.Dependencies.Select(Find))
        {
            ordered.AddRange(WithDependencies(dependency, visiting).Where(f => !ordered.Contains(f)));
        }

        visiting.Remove(feature.Id);
        ordered.Add(feature);
        return ordered;
    }

    private FeatureDescriptor Find(string featureId) =>
        _features.GetValueOrDefault(featureId) ?? throw new FeatureException($"Không có tính năng “{featureId}”.");

    private static Task<Dictionary<string, TenantFeatureRecord>> ReadAsync(CmsDbContext db, CancellationToken cancellationToken) =>
        db.Features.ToDictionaryAsync(f => f.FeatureId, StringComparer.Ordinal, cancellationToken);
}
