using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Users;

namespace GiaVien.Cms.Recipes;

/// <summary>
/// Values supplied at setup (admin user name, password, site name…) substituted into recipe strings written
/// as <c>[setup:AdminUserName]</c>, so the same recipe serves every installation without holding secrets.
/// </summary>
public sealed partial class RecipeParameters
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public RecipeParameters(IReadOnlyDictionary<string, string> values)
        : this(values, new PasswordHashReuse())
    {
    }

    private RecipeParameters(IReadOnlyDictionary<string, string> values, PasswordHashReuse passwordHashes)
    {
        _values = values;
        PasswordHashes = passwordHashes;
    }

    public static RecipeParameters None { get; } = new(new Dictionary<string, string>());

    /// <summary>
    /// Shared by every copy made with <see cref="With"/>, so the tenants set up with these parameters (a bulk creation, a
    /// district's member sites) hash their common first administrator's password once.
    /// </summary>
    public PasswordHashReuse PasswordHashes { get; }

    /// <summary>These parameters with <paramref name="name"/> set (or replaced).</summary>
    public RecipeParameters With(string name, string value) =>
        new(new Dictionary<string, string>(_values) { [name] = value }, PasswordHashes);

    /// <summary>
    /// These parameters with what the tenant itself answers: <c>[setup:SiteName]</c>, its display name, and
    /// <c>[setup:BasePath]</c>, its URL prefix ("/gia-hoa", or "" on its own host), which links and images in content need.
    /// </summary>
    public RecipeParameters WithTenant(TenantRecord tenant) =>
        With("SiteName", tenant.DisplayName).With("BasePath", tenant.UrlPrefix is { Length: > 0 } prefix ? "/" + prefix : "");

    [GeneratedRegex(@"\[setup:([A-Za-z]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>A copy of <paramref name="node"/> with placeholders replaced; unknown names are reported with their path.</summary>
    public JsonNode? Apply(JsonNode? node, string path, List<string> unknown)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = Apply(value, $"{path}.{key}", unknown);
                }

                return copy;
            case JsonArray array:
                return new JsonArray(array.Select((item, i) => Apply(item, $"{path}[{i}]", unknown)).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("[setup:", StringComparison.Ordinal):
                return JsonValue.Create(Placeholder().Replace(text, match =>
                {
                    if (_values.TryGetValue(match.Groups[1].Value, out var replacement))
                    {
                        return replacement;
                    }

                    unknown.Add($"{path}: [setup:{match.Groups[1].Value}]");
                    return match.Value;
                }));
            default:
                return node?.DeepClone();
        }
    }
}
