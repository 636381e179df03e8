using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Data.Tenants;

/// <summary>
/// The host's own database: the tenant registry, plus what the district reads across tenants (their statistics and
/// the summaries of the news they share), kept here so a view over 1,000 tenants is one query. No tenant's own content
/// lives only here: everything but the registry can be rebuilt from the tenants' databases.
/// </summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();
    public DbSet<TenantBinding> Bindings => Set<TenantBinding>();
    public DbSet<TenantRedirect> Redirects => Set<TenantRedirect>();
    public DbSet<TenantArchive> Archives => Set<TenantArchive>();
    public DbSet<TenantStatistics> Statistics => Set<TenantStatistics>();
    public DbSet<SharedSummaryRecord> SharedSummaries => Set<SharedSummaryRecord>();
    public DbSet<TenantDueTime> DueTimes => Set<TenantDueTime>();
    public DbSet<SharedNewsCheck> SharedNewsChecks => Set<SharedNewsCheck>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<TenantRecord>();
        tenant.HasKey(t => t.Name);
        tenant.Property(t => t.Name).HasMaxLength(63);
        tenant.Property(t => t.DisplayName).HasMaxLength(200);
        tenant.Property(t => t.UrlPrefix).HasMaxLength(63);
        tenant.Property(t => t.RecipeName).HasMaxLength(100);
        tenant.Property(t => t.RetiredInto).HasMaxLength(63);
        tenant.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        tenant.Property(t => t.DatabaseProvider).HasConversion<string>().HasMaxLength(20);
        tenant.Property(t => t.Version).IsConcurrencyToken();
        tenant.Ignore(t => t.HostNames);
        tenant.HasMany(t => t.Bindings).WithOne().HasForeignKey(b => b.TenantName).OnDelete(DeleteBehavior.Cascade);

        var binding = modelBuilder.Entity<TenantBinding>();
        binding.HasKey(b => new { b.Host, b.Prefix });
        binding.Property(b => b.Host).HasMaxLength(253);
        binding.Property(b => b.Prefix).HasMaxLength(63);

        var redirect = modelBuilder.Entity<TenantRedirect>();
        redirect.HasKey(r => new { r.TenantName, r.Path });
        redirect.Property(r => r.TenantName).HasMaxLength(63);
        redirect.Property(r => r.Path).HasMaxLength(300);
        redirect.Property(r => r.TargetTenant).HasMaxLength(63);
        redirect.Property(r => r.TargetPath).HasMaxLength(300);
        redirect.HasOne<TenantRecord>().WithMany().HasForeignKey(r => r.TenantName).OnDelete(DeleteBehavior.Cascade);

        var archive = modelBuilder.Entity<TenantArchive>();
        archive.Property(a => a.TenantName).HasMaxLength(63);
        archive.Property(a => a.DisplayName).HasMaxLength(200);
        archive.Property(a => a.FileName).HasMaxLength(200);
        archive.Property(a => a.UrlPrefix).HasMaxLength(63);
        archive.Property(a => a.HostNames).HasMaxLength(2000);
        archive.Property(a => a.RemovedBy).HasMaxLength(100);

        var statistics = modelBuilder.Entity<TenantStatistics>();
        statistics.HasKey(s => s.TenantName);
        statistics.Property(s => s.TenantName).HasMaxLength(63);
        statistics.HasOne<TenantRecord>().WithOne().HasForeignKey<TenantStatistics>(s => s.TenantName).OnDelete(DeleteBehavior.Cascade);

        var shared = modelBuilder.Entity<SharedSummaryRecord>();
        shared.HasKey(s => new { s.TenantName, s.ContentItemId });
        shared.Property(s => s.TenantName).HasMaxLength(63);
        shared.Property(s => s.ContentItemId).HasMaxLength(64);
        shared.Property(s => s.ContentType).HasMaxLength(100);
        shared.Property(s => s.SourceName).HasMaxLength(200);
        // The district's lists read the newest rows of all tenants: the index gives them in order.
        shared.HasIndex(s => new { s.SortUtc, s.PublishedUtc });
        // Removing a tenant's record removes what it shared, even if no node is running to hear of it.
        shared.HasOne<TenantRecord>().WithMany().HasForeignKey(s => s.TenantName).OnDelete(DeleteBehavior.Cascade);

        var due = modelBuilder.Entity<TenantDueTime>();
        due.HasKey(d => d.TenantName);
        due.Property(d => d.TenantName).HasMaxLength(63);
        // A removed tenant's due time goes with its record, so one created again under the same name starts due.
        due.HasOne<TenantRecord>().WithOne().HasForeignKey<TenantDueTime>(d => d.TenantName).OnDelete(DeleteBehavior.Cascade);

        var check = modelBuilder.Entity<SharedNewsCheck>();
        check.HasKey(c => c.TenantName);
        check.Property(c => c.TenantName).HasMaxLength(63);
        // A tenant removed and created again under the same name is read again: its mark went with the old record.
        check.HasOne<TenantRecord>().WithOne().HasForeignKey<SharedNewsCheck>(c => c.TenantName).OnDelete(DeleteBehavior.Cascade);
    }
}
