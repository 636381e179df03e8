using System.Text.Json;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Data.Features;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Data.Notifications;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Data.Settings;
using GiaVien.Cms.Data.Themes;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Data.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GiaVien.Cms.Data;

/// <summary>
/// One tenant's database. The model is the same for every tenant; which database (SQLite file or
/// PostgreSQL schema) it talks to is decided by the options the tenant's shell builds.
/// </summary>
public sealed class CmsDbContext(DbContextOptions<CmsDbContext> options) : DbContext(options)
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();
    public DbSet<ContentRoute> ContentRoutes => Set<ContentRoute>();
    public DbSet<ContentDefinitionRecord> ContentDefinitions => Set<ContentDefinitionRecord>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();
    public DbSet<UserRecord> Users => Set<UserRecord>();
    public DbSet<RoleRecord> Roles => Set<RoleRecord>();
    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<SiteSetting> Settings => Set<SiteSetting>();
    public DbSet<MediaFileRecord> MediaFiles => Set<MediaFileRecord>();
    public DbSet<MediaFolderRecord> MediaFolders => Set<MediaFolderRecord>();
    public DbSet<ThemeTemplateRecord> ThemeTemplates => Set<ThemeTemplateRecord>();
    public DbSet<TenantFeatureRecord> Features => Set<TenantFeatureRecord>();
    public DbSet<CitizenQuestionRecord> CitizenQuestions => Set<CitizenQuestionRecord>();
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<VisitCount> VisitCounts => Set<VisitCount>();

    private bool _started;

    /// <summary>
    /// Whether a transaction of this context is open. Asking EF starts the context (its services, its connection's
    /// state), which a page answered wholly from the read cache would otherwise pay for nothing: a context not started
    /// yet has no transaction.
    /// </summary>
    public bool InTransaction => _started && Database.CurrentTransaction is not null;

    // EF calls this once, when the context starts; every later use of its services goes through that start.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => _started = true;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureContent(modelBuilder);
        ConfigureUsers(modelBuilder);
        ConfigureMedia(modelBuilder);
        ConfigureQuestions(modelBuilder);
        ConfigureNotifications(modelBuilder);

        modelBuilder.Entity<SiteSetting>().HasKey(s => s.Name);
        modelBuilder.Entity<SiteSetting>().Property(s => s.Name).HasMaxLength(100);

        var template = modelBuilder.Entity<ThemeTemplateRecord>();
        template.HasKey(t => t.View);
        template.Property(t => t.View).HasMaxLength(50);
        template.Property(t => t.ModifiedBy).HasMaxLength(100);

        var feature = modelBuilder.Entity<TenantFeatureRecord>();
        feature.HasKey(f => f.FeatureId);
        feature.Property(f => f.FeatureId).HasMaxLength(100);
        feature.Property(f => f.ModifiedBy).HasMaxLength(100);

        // One row per day and item ("" for the whole site): the key is what each node's additive flush conflicts on.
        var visits = modelBuilder.Entity<VisitCount>();
        visits.HasKey(v => new { v.Day, v.ContentItemId });
        visits.Property(v => v.ContentItemId).HasMaxLength(64);

        var audit = modelBuilder.Entity<AuditEntry>();
        audit.Property(a => a.UserName).HasMaxLength(100);
        audit.Property(a => a.Action).HasMaxLength(50);
        audit.Property(a => a.ContentItemId).HasMaxLength(64);
        audit.HasIndex(a => a.Utc);
    }

    private static void ConfigureContent(ModelBuilder modelBuilder)
    {
        var item = modelBuilder.Entity<ContentItemRecord>();
        item.Property(i => i.ContentItemId).HasMaxLength(64);
        item.Property(i => i.ContentItemVersionId).HasMaxLength(64);
        item.Property(i => i.ContentType).HasMaxLength(100);
        item.Property(i => i.DisplayText).HasMaxLength(500);
        item.Property(i => i.Owner).HasMaxLength(100);
        item.Property(i => i.Author).HasMaxLength(100);
        item.Property(i => i.ReviewComment).HasMaxLength(2000);
        item.Property(i => i.WorkflowState).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.TranslationOf).HasMaxLength(64);
        item.HasIndex(i => i.TranslationOf);
        item.HasIndex(i => i.ContentItemVersionId).IsUnique();
        item.HasIndex(i => new { i.ContentItemId, i.Number }).IsUnique();
        item.HasIndex(i => new { i.ContentItemId, i.Latest });
        // At most one published version per item, whoever writes (two editors, the API, the scheduler): the database
        // refuses the second. The filter reads the same on SQLite (integer 0/1) and PostgreSQL (boolean).
        item.HasIndex(i => i.ContentItemId, "IX_ContentItems_OnePublished").IsUnique().HasFilter("\"Published\"");
        item.HasIndex(i => new { i.ContentType, i.Published, i.PublishedUtc });
        // The admin list (latest versions, newest change first, ties by Id): read in order from the index, and counted
        // from it alone (the type and trash filters are in it) without touching the rows' JSON. DeletedUtc comes after
        // the order columns: PostgreSQL does not treat "IS NULL" as fixing a column, so before them it would sort.
        item.HasIndex(i => new { i.Latest, i.ModifiedUtc, i.Id, i.ContentType, i.DeletedUtc });
        item.HasMany(i => i.Terms).WithOne().HasForeignKey(t => t.ContentItemRecordId).OnDelete(DeleteBehavior.Cascade);

        var term = modelBuilder.Entity<ContentItemTerm>();
        term.HasKey(t => new { t.ContentItemRecordId, t.TermContentItemId });
        term.Property(t => t.TermContentItemId).HasMaxLength(64);
        term.HasIndex(t => t.TermContentItemId);

        var route = modelBuilder.Entity<ContentRoute>();
        route.HasKey(r => r.Path);
        route.Property(r => r.Path).HasMaxLength(300);
        route.Property(r => r.ContentItemId).HasMaxLength(64);
        route.HasIndex(r => r.ContentItemId);

        var definition = modelBuilder.Entity<ContentDefinitionRecord>();
        definition.HasKey(d => new { d.Kind, d.Name });
        definition.Property(d => d.Name).HasMaxLength(100);
        definition.Property(d => d.DisplayName).HasMaxLength(200);
        definition.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);

        var log = modelBuilder.Entity<ChangeLogEntry>();
        log.HasKey(e => e.Sequence);
        log.Property(e => e.ContentItemId).HasMaxLength(64);
        log.Property(e => e.ContentItemVersionId).HasMaxLength(64);
        log.Property(e => e.Operation).HasConversion<string>().HasMaxLength(20);
    }

    private static void ConfigureQuestions(ModelBuilder modelBuilder)
    {
        var question = modelBuilder.Entity<CitizenQuestionRecord>();
        question.Property(q => q.SubmissionKey).HasMaxLength(64);
        question.HasIndex(q => q.SubmissionKey).IsUnique();
        question.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
        question.Property(q => q.Field).HasMaxLength(100);
        question.Property(q => q.Title).HasMaxLength(300);
        question.Property(q => q.AskerName).HasMaxLength(100);
        question.Property(q => q.AskerAddress).HasMaxLength(300);
        question.Property(q => q.AskerEmail).HasMaxLength(256);
        question.Property(q => q.AskerPhone).HasMaxLength(30);
        question.Property(q => q.Unit).HasMaxLength(200);
        question.Property(q => q.AnsweredBy).HasMaxLength(100);
        question.Property(q => q.RejectionReason).HasMaxLength(1000);
        question.Property(q => q.ContentItemId).HasMaxLength(64);
        // The queue lists by status, newest first; the dashboard counts the new ones.
        question.HasIndex(q => new { q.Status, q.CreatedUtc });
    }

    private static void ConfigureNotifications(ModelBuilder modelBuilder)
    {
        var notification = modelBuilder.Entity<NotificationRecord>();
        notification.Property(n => n.UserName).HasMaxLength(100);
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        notification.Property(n => n.Batch).HasMaxLength(40);
        notification.Property(n => n.ContentItemId).HasMaxLength(64);
        notification.Property(n => n.Title).HasMaxLength(500);
        notification.Property(n => n.Actor).HasMaxLength(100);
        notification.Property(n => n.Note).HasMaxLength(2000);
        // The header's unread count and the user's list read by user; the background reads due mail and old rows.
        notification.HasIndex(n => new { n.UserName, n.ReadUtc });
        notification.HasIndex(n => new { n.UserName, n.CreatedUtc });
        notification.HasIndex(n => n.MailDueUtc);
        notification.HasIndex(n => n.CreatedUtc);
    }

    private static void ConfigureMedia(ModelBuilder modelBuilder)
    {
        var file = modelBuilder.Entity<MediaFileRecord>();
        file.Property(f => f.Path).HasMaxLength(400);
        file.Property(f => f.Folder).HasMaxLength(300);
        file.Property(f => f.FileName).HasMaxLength(120);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        file.Property(f => f.AltText).HasMaxLength(500);
        file.Property(f => f.Caption).HasMaxLength(1000);
        file.Property(f => f.CreatedBy).HasMaxLength(100);
        file.HasIndex(f => f.Path).IsUnique();
        // Listing a folder page by page, ordered by name.
        file.HasIndex(f => new { f.Folder, f.FileName });

        var folder = modelBuilder.Entity<MediaFolderRecord>();
        folder.HasKey(f => f.Path);
        folder.Property(f => f.Path).HasMaxLength(300);
        folder.Property(f => f.Parent).HasMaxLength(300);
        folder.HasIndex(f => f.Parent);
    }

    private static void ConfigureUsers(ModelBuilder modelBuilder)
    {
        var user = modelBuilder.Entity<UserRecord>();
        user.Property(u => u.UserName).HasMaxLength(100);
        user.Property(u => u.NormalizedUserName).HasMaxLength(100);
        user.Property(u => u.Email).HasMaxLength(256);
        user.Property(u => u.SecurityStamp).HasMaxLength(64);
        user.HasIndex(u => u.NormalizedUserName).IsUnique();
        user.HasMany(u => u.Roles).WithMany(r => r.Users).UsingEntity("UserRoles");

        var token = modelBuilder.Entity<ApiTokenRecord>();
        token.Property(t => t.Name).HasMaxLength(100);
        token.Property(t => t.TokenHash).HasMaxLength(64);
        token.HasIndex(t => t.TokenHash).IsUnique();
        token.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);

        var failure = modelBuilder.Entity<SignInFailure>();
        failure.Property(f => f.NormalizedUserName).HasMaxLength(100);
        failure.Property(f => f.Address).HasMaxLength(64);
        failure.HasIndex(f => new { f.NormalizedUserName, f.Address, f.Utc });
        failure.HasIndex(f => f.Utc);

        var role = modelBuilder.Entity<RoleRecord>();
        role.Property(r => r.Name).HasMaxLength(50);
        role.Property(r => r.DisplayName).HasMaxLength(100);
        role.HasIndex(r => r.Name).IsUnique();
        role.Property(r => r.Permissions)
            .HasConversion(
                list => JsonSerializer.Serialize(list, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>())
            .Metadata.SetValueComparer(new ValueComparer<List<string>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, s) => HashCode.Combine(hash, s.GetHashCode(StringComparison.Ordinal))),
                list => list.ToList()));
    }
}
