using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Data.Tenants;

/// <summary>The host's own database: the tenant registry. No tenant content ever lives here.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();
    public DbSet<TenantBinding> Bindings => Set<TenantBinding>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<TenantRecord>();
        tenant.HasKey(t => t.Name);
        tenant.Property(t => t.Name).HasMaxLength(63);
        tenant.Property(t => t.DisplayName).HasMaxLength(200);
        tenant.Property(t => t.UrlPrefix).HasMaxLength(63);
        tenant.Property(t => t.RecipeName).HasMaxLength(100);
        tenant.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        tenant.Property(t => t.DatabaseProvider).HasConversion<string>().HasMaxLength(20);
        tenant.Property(t => t.Version).IsConcurrencyToken();
        tenant.Ignore(t => t.HostNames);
        tenant.HasMany(t => t.Bindings).WithOne().HasForeignKey(b => b.TenantName).OnDelete(DeleteBehavior.Cascade);

        var binding = modelBuilder.Entity<TenantBinding>();
        binding.HasKey(b => new { b.Host, b.Prefix });
        binding.Property(b => b.Host).HasMaxLength(253);
        binding.Property(b => b.Prefix).HasMaxLength(63);
    }
}
