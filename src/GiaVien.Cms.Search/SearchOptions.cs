namespace GiaVien.Cms.Search;

/// <summary>Bound from <c>Cms:Search</c>.</summary>
public sealed class SearchOptions
{
    /// <summary>
    /// How often open indexes catch up with the change log without being told of a change (the safety net for a lost
    /// notice), and how often unused indexes are closed. Changes announced on this node or another are indexed at once.
    /// </summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Change-log entries handled per batch, each batch of the catch-up ending with a Lucene commit; when rebuilding, items read per page (a rebuild commits once, at its end).</summary>
    public int BatchSize { get; set; } = 500;

    public int MaxQueryLength { get; set; } = 200;

    public int PageSize { get; set; } = 10;

    public int MaxPage { get; set; } = 100;

    /// <summary>Search requests one client (IP address) may make per <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; set; } = 30;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Bytes of results pages kept for repeated searches (<see cref="Querying.SearchResultsCache"/>, an estimate of
    /// the kept strings); 0 keeps none.
    /// </summary>
    public long ResultsCacheBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How long the list of tenants sharing news with the district is cached.</summary>
    public TimeSpan SharingCacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}
