using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Recipes;

/// <summary>
/// What the tenant will contain once the recipe has run, built up while the steps are validated: what
/// already exists in the tenant plus what earlier steps declare. References are checked against it.
/// </summary>
public sealed class RecipePlan(ContentDefinitions existingDefinitions, IReadOnlySet<string> existingRoles, IContentReferences stored, bool isDefaultTenant, TenantMap tenants)
    : IContentReferences
{
    private readonly Dictionary<string, string> _items = new(StringComparer.Ordinal);
    private readonly HashSet<(string Taxonomy, string Term)> _terms = [];
    private readonly HashSet<string> _mediaFiles = new(StringComparer.Ordinal);

    public ContentDefinitions Definitions { get; set; } = existingDefinitions;

    public HashSet<string> Roles { get; } = new(existingRoles, StringComparer.Ordinal);

    public HashSet<string> UserNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Users the tenant already has: a recipe never replaces a person's password or roles.</summary>
    public IReadOnlySet<string> ExistingUserNames { get; init; } = new HashSet<string>();

    /// <summary>
    /// The recipe is applied to a tenant that is already running (not at its setup): it has no setup parameters
    /// such as a password to hand to new tenants, and its own content is kept as it is.
    /// </summary>
    public bool OnRunningTenant { get; init; }

    /// <summary>Whether the tenant already holds this item (a recipe applied again leaves it as editors left it).</summary>
    public bool IsStored(string contentItemId) => stored.ItemExists(contentItemId);

    public bool IsDefaultTenant { get; } = isDefaultTenant;

    public TenantMap Tenants { get; } = tenants;

    /// <summary>Names and prefixes of tenants declared by this recipe, to catch duplicates inside it.</summary>
    public HashSet<string> DeclaredTenantAddresses { get; } = new(StringComparer.Ordinal);

    public bool ItemExists(string contentItemId) => _items.ContainsKey(contentItemId) || stored.ItemExists(contentItemId);

    public string? TypeOf(string contentItemId) => _items.GetValueOrDefault(contentItemId) ?? stored.TypeOf(contentItemId);

    public bool TermExists(string taxonomyContentItemId, string termContentItemId) =>
        _terms.Contains((taxonomyContentItemId, termContentItemId)) || stored.TermExists(taxonomyContentItemId, termContentItemId);

    public bool MediaFileExists(string path) => _mediaFiles.Contains(path) || stored.MediaFileExists(path);

    /// <summary>Records a file an earlier step brings into the media library, so that later items may show it.</summary>
    public void DeclareMediaFile(string path) => _mediaFiles.Add(path);

    /// <summary>Records an item (and its taxonomy terms) so that later items may reference it; false if its id is taken.</summary>
    public bool DeclareItem(ContentItem item)
    {
        if (stored.ItemExists(item.ContentItemId) || !_items.TryAdd(item.ContentItemId, item.ContentType))
        {
            return false;
        }

        foreach (var term in item.Part(BuiltInParts.Taxonomy)?["Terms"]?.AsArray() ?? [])
        {
            if (term?["ContentItemId"]?.GetValue<string>() is { } termId)
            {
                _terms.Add((item.ContentItemId, termId));
            }
        }

        return true;
    }
}
