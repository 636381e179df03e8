using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A change to a context without its migration would leave every new database without the change. The template new
/// SQLite tenants are copied from skips EF Core's own check of this at run time (it was two thirds of making the
/// template, paid by the first commune created after a restart), so it is made here, for each context and provider.
/// </summary>
public sealed class MigrationsMatchModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("giavien-migrations-model-").FullName;

    public static TheoryData<DatabaseProvider, string> Contexts => new()
    {
        { DatabaseProvider.Sqlite, nameof(HostDbContext) },
        { DatabaseProvider.Sqlite, nameof(CmsDbContext) },
        { DatabaseProvider.PostgreSql, nameof(HostDbContext) },
        { DatabaseProvider.PostgreSql, nameof(CmsDbContext) },
    };

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_migrations_hold_every_change_of_the_model(DatabaseProvider provider, string contextName)
    {
        // Comparing the model with the last migration's snapshot opens no connection: PostgreSQL needs no server here.
        var database = new TenantDatabase(new CmsDataFolder(_folder),
            Options.Create(new DatabaseOptions { Provider = provider, PostgreSqlConnectionString = "Host=localhost" }), new PublicChanges());
        using DbContext context = contextName == nameof(HostDbContext)
            ? new HostDbContext(database.HostOptions())
            : new CmsDbContext(database.TenantOptions("gia-hoa", provider));

        Assert.False(context.Database.HasPendingModelChanges(), $"{provider} {contextName}: the model changed since the last migration (dotnet ef migrations add)");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
