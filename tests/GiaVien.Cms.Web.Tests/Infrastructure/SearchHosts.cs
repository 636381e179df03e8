using GiaVien.Cms.Data.Tenants;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>The demo hosts of the search tests (search is not rate-limited in the suite, see <see cref="CmsHost"/>).</summary>
public sealed class SqliteSearchHost() : DemoHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlSearchHost() : DemoHost(DatabaseProvider.PostgreSql);
