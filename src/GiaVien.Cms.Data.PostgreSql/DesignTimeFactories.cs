using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiaVien.Cms.Data.PostgreSql;

// Used only by `dotnet ef migrations add`: no connection is opened. The tables carry no schema;
// each tenant's connection sets its search_path to the tenant's schema.
internal sealed class CmsDbContextFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CmsDbContext>()
            .UseNpgsql("Host=localhost", o => o.MigrationsAssembly(TenantDatabase.PostgreSqlMigrationsAssembly)).Options);
}

internal sealed class HostDbContextFactory : IDesignTimeDbContextFactory<HostDbContext>
{
    public HostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HostDbContext>()
            .UseNpgsql("Host=localhost", o => o.MigrationsAssembly(TenantDatabase.PostgreSqlMigrationsAssembly)).Options);
}
