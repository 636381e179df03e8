namespace GiaVien.Cms.Tenants.Features;

/// <summary>
/// What a module offers a tenant to switch on: an id, a Vietnamese name and description for the administrator, the
/// features it needs first, the recipe it applies (types, roles, settings…), the data migrations it brings and the
/// content types that disappear from the tenant's editors and lists while it is off.
/// </summary>
public sealed record FeatureDescriptor(string Id, string Name, string Description)
{
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>The recipe of the recipes folder applied when the feature is enabled, if any.</summary>
    public string? Recipe { get; init; }

    public IReadOnlyList<IFeatureMigration> Migrations { get; init; } = [];

    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>The version the tenant reaches once every migration has run (0 without migrations).</summary>
    public int LatestVersion => Migrations.Count == 0 ? 0 : Migrations.Max(m => m.Version);
}
