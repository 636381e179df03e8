using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Visits;

/// <summary>
/// The demo host of the visit tests. Its clock reads midday in Việt Nam, so the views a test counts "today" are the day's
/// the footer shows, whenever the suite runs. The node makes no flush of its own: the tests flush and then read what was
/// written, and a flush of the node's (every minute) could take the counts first and still be writing them when the
/// test's flush, finding nothing to take, returned.
/// </summary>
public abstract class VisitsHost : DemoHost
{
    protected VisitsHost(DatabaseProvider provider) : base(provider, VietnamMiddayClock.Use) =>
        Settings = new Dictionary<string, string> { ["Cms:Visits:FlushInterval"] = "1.00:00:00" };
}

public sealed class SqliteVisitsHost() : VisitsHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlVisitsHost() : VisitsHost(DatabaseProvider.PostgreSql);
