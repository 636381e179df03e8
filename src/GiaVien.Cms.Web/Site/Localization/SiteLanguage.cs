using GiaVien.Cms.Content.Parts;

namespace GiaVien.Cms.Web.Site.Localization;

/// <summary>
/// The language of a public page, from its address: <c>/en/…</c> (below the tenant's prefix, <c>/gia-hoa/en/…</c>)
/// is English, everything else Vietnamese.
/// </summary>
public static class SiteLanguage
{
    public const string EnglishSegment = "/" + LocalizationPart.English;

    public static string Of(PathString path) =>
        path.StartsWithSegments(EnglishSegment, StringComparison.Ordinal) ? LocalizationPart.English : LocalizationPart.Vietnamese;
}

/// <summary>One language version of a page: for &lt;link rel="alternate" hreflang&gt; (absolute) and the VI/EN switch (path).</summary>
public sealed record AlternateViewModel(string Language, string Label, string Url, string Path);
