using System.Text.RegularExpressions;

namespace GiaVien.Cms.Content.Definitions;

/// <summary>
/// What makes a content type valid among the tenant's definitions, whoever writes it (a recipe or the admin): a
/// technical name, a route prefix no module or other type answers on, and parts that exist. Messages in Vietnamese.
/// </summary>
public static partial class ContentTypeRules
{
    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex TechnicalName();

    /// <summary>Null when <paramref name="name"/> may name a type or part, else why not.</summary>
    public static string? NameError(string? name) =>
        TechnicalName().IsMatch(name ?? "") ? null : $"Tên kỹ thuật \"{name}\" không hợp lệ: bắt đầu bằng chữ hoa, chỉ gồm chữ cái không dấu và số.";

    /// <summary>The errors of <paramref name="type"/> by property (Name, RoutePrefix, Parts); <paramref name="definitions"/> already hold it.</summary>
    public static IEnumerable<(string Property, string Message)> Errors(ContentTypeDefinition type, ContentDefinitions definitions)
    {
        if (NameError(type.Name) is { } name)
        {
            yield return (nameof(type.Name), name);
        }

        if (RoutePrefixes.Error(type, definitions.Types) is { } prefix)
        {
            yield return (nameof(type.RoutePrefix), prefix);
        }

        foreach (var part in type.Parts.Where(p => !BuiltInParts.All.Contains(p) && definitions.FindPart(p) is null))
        {
            yield return (nameof(type.Parts), $"Phần \"{part}\" chưa được định nghĩa.");
        }
    }
}
