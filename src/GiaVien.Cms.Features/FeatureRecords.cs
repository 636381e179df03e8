using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Data.Features;
using GiaVien.Cms.Tenants.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Features;

/// <summary>
/// A tenant's record of its features: switching one on applies the data migrations it has not had yet and writes the
/// record and its audit entry. Shared by the admin's <see cref="TenantFeatures"/> and the recipe step
/// <see cref="FeaturesRecipeStep"/>, which each bring the feature's content types their own way.
/// </summary>
public sealed class FeatureRecords(TimeProvider clock, ILogger<FeatureRecords> logger)
{
    public async Task SwitchOnAsync(FeatureDescriptor feature, TenantFeatureRecord? record, IServiceProvider tenantServices, string userName, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<CmsDbContext>();
        if (record is null)
        {
            record = new TenantFeatureRecord { FeatureId = feature.Id, ModifiedBy = userName };
            db.Features.Add(record);
        }

        foreach (var migration in feature.Migrations.Where(m => m.Version > record.MigrationVersion).OrderBy(m => m.Version))
        {
            await migration.ApplyAsync(tenantServices, cancellationToken);
            record.MigrationVersion = migration.Version;
            logger.LogInformation("Migration {Version} of feature {Feature} applied", migration.Version, feature.Id);
        }

        record.Enabled = true;
        Touch(record, userName);
        db.AuditTrail.Add(Audit(userName, FeaturesServiceCollectionExtensions.AuditEnabled, feature));
        await db.SaveChangesAsync(cancellationToken);
    }

    public void Touch(TenantFeatureRecord record, string userName)
    {
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        record.ModifiedBy = userName;
    }

    public AuditEntry Audit(string userName, string action, FeatureDescriptor feature) =>
        new() { Utc = clock.GetUtcNow().UtcDateTime, UserName = userName, Action = action, Details = $"{feature.Name} ({feature.Id})" };
}
