using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GiaVien.Cms.Data.Sqlite;

// Used only by `dotnet ef migrations add`; the running host builds its options in TenantDatabase.
internal sealed class CmsDbContextFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CmsDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(TenantDatabase.SqliteMigrationsAssembly)).Options);
}

internal sealed class HostDbContextFactory : IDesignTimeDbContextFactory<HostDbContext>
{
    public HostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HostDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(TenantDatabase.SqliteMigrationsAssembly)).Options);
}
