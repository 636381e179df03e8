using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants.Features;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Features;

/// <summary>
/// The content types of the tenant's disabled features. Only a feature switched off hides its types: a type a recipe
/// brought on its own, or one of a feature never enabled, stays.
/// </summary>
public sealed class DisabledFeatureTypes(IEnumerable<FeatureDescriptor> features) : IHiddenContentTypes
{
    private readonly FeatureDescriptor[] _withTypes = features.Where(f => f.ContentTypes.Count > 0).ToArray();

    public async Task<IReadOnlySet<string>> GetAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        if (_withTypes.Length == 0)
        {
            return new HashSet<string>();
        }

        var off = await db.Features.AsNoTracking().Where(f => !f.Enabled).Select(f => f.FeatureId).ToListAsync(cancellationToken);
        return _withTypes.Where(f => off.Contains(f.Id)).SelectMany(f => f.ContentTypes).ToHashSet(StringComparer.Ordinal);
    }
}
