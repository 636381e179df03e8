using GiaVien.Cms.Data.Tenants;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>A demo host whose search is not rate-limited for the burst of requests the tests make.</summary>
public abstract class SearchDemoHost : DemoHost
{
    /// <summary>Settings that lift the search rate limit, for hosts that poll search while waiting.</summary>
    public static IReadOnlyDictionary<string, string> UnlimitedSearch { get; } = new Dictionary<string, string> { ["Cms:Search:RateLimitPermits"] = "100000" };

    protected SearchDemoHost(DatabaseProvider provider) : base(provider) => Settings = UnlimitedSearch;
}

public sealed class SqliteSearchHost() : SearchDemoHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlSearchHost() : SearchDemoHost(DatabaseProvider.PostgreSql);
