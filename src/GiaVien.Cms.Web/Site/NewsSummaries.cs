using System.Runtime.CompilerServices;
using GiaVien.Cms.Content.Published;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// A news item as a list shows it, made once per published summary record and base path. The tenant's read cache keeps
/// the records of its lists until its next public change, and every uncached page made the same view models again
/// (the Vietnamese date line, the ISO date, the link and the card image's address of each item: some thirty on a home
/// page). They are kept by the very record the cache holds: a change is read as new records and made afresh, an entry
/// goes with its record, and a record shown under another base path gets its own links. The district's "Tin cơ sở" items
/// are kept the same way by the shared-news read model's record (<see cref="GiaVien.Cms.District.SharedSummary"/>), with
/// the member's home address as the base path.
/// </summary>
internal static class NewsSummaries
{
    /// <summary>The same instance for the same record and base path; view models are records, never changed in place.</summary>
    public static NewsSummaryViewModel Of<TRecord>(TRecord item, string basePath, Func<TRecord, string, NewsSummaryViewModel> make)
        where TRecord : class
    {
        if (ByRecord<TRecord>.Kept.TryGetValue(item, out var made) && made.BasePath == basePath)
        {
            return made.Summary;
        }

        var summary = make(item, basePath);
        // Its markup in a list is kept beside it too (the theme's kept_include), for as long as the record lives.
        GiaVien.Cms.Themes.KeptFragments.Keep(summary);
        ByRecord<TRecord>.Kept.AddOrUpdate(item, new Made(basePath, summary));
        return summary;
    }

    private static class ByRecord<TRecord>
        where TRecord : class
    {
        public static readonly ConditionalWeakTable<TRecord, Made> Kept = new();
    }

    private sealed record Made(string BasePath, NewsSummaryViewModel Summary);
}
