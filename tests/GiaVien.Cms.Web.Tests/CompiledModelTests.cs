using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A node reads and writes through the models compiled ahead (<c>src/GiaVien.Cms.Data/CompiledModels</c>), not through
/// the contexts' <c>OnModelCreating</c>: a change to a context without running <c>dotnet ef dbcontext optimize</c> again
/// would have it use the old shape (a new column never written, a renamed one not found). Each compiled model, taken
/// from the options the node uses, is compared with the model EF Core builds from the code: any property, key, column,
/// store type, index or foreign key that differs fails, and the assertion names it.
/// </summary>
public sealed class CompiledModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("giavien-compiled-model-").FullName;

    public static TheoryData<DatabaseProvider, string> Contexts => new()
    {
        { DatabaseProvider.Sqlite, nameof(HostDbContext) },
        { DatabaseProvider.Sqlite, nameof(CmsDbContext) },
        { DatabaseProvider.PostgreSql, nameof(HostDbContext) },
        { DatabaseProvider.PostgreSql, nameof(CmsDbContext) },
    };

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_compiled_model_a_node_uses_matches_the_model_the_code_builds(DatabaseProvider provider, string contextName)
    {
        using var context = Context(provider, contextName);

        Assert.StartsWith("GiaVien.Cms.Data.CompiledModels.", context.Model.GetType().FullName, StringComparison.Ordinal);
        var fromCode = context.GetService<IDesignTimeModel>().Model;

        Assert.Equal(Shape(fromCode), Shape(context.Model));
    }

    /// <summary>
    /// A change to a context without its migration would leave every new database without it. The template new SQLite
    /// tenants are copied from skips EF Core's own run-time check of this (two thirds of making the template, paid by the
    /// first commune created after a restart), so it is made here.
    /// </summary>
    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_migrations_hold_every_change_of_the_model(DatabaseProvider provider, string contextName)
    {
        using var context = Context(provider, contextName);

        Assert.False(context.Database.HasPendingModelChanges(), $"{provider} {contextName}: the model changed since the last migration (dotnet ef migrations add)");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The context as a node's options make it. Building or comparing models opens no connection: PostgreSQL needs no server here.</summary>
    private DbContext Context(DatabaseProvider provider, string contextName)
    {
        var database = new TenantDatabase(new CmsDataFolder(_folder),
            Options.Create(new DatabaseOptions { Provider = provider, PostgreSqlConnectionString = "Host=localhost" }), new PublicChanges());
        return contextName == nameof(HostDbContext)
            ? new HostDbContext(database.HostOptions())
            : new CmsDbContext(database.TenantOptions("gia-hoa", provider));
    }

    // What reads and writes depend on, in words a failure can show: every entity's properties and keys, then every
    // table's columns (store type, nullability), indexes and foreign keys. EF Core's model differ cannot take the compiled
    // side: a read-optimized model keeps no design-time configuration.
    private static IEnumerable<string> Shape(IModel model) =>
        model.GetEntityTypes().SelectMany(entity => entity.GetProperties()
                .Select(p => $"{entity.Name}.{p.Name}: {p.ClrType.Name}{(p.IsNullable ? "?" : "")} as {p.GetColumnName()}")
                .Concat(entity.GetKeys().Select(k => $"{entity.Name} key ({string.Join(", ", k.Properties.Select(p => p.Name))})")))
            .Concat(model.GetRelationalModel().Tables.SelectMany(table => table.Columns
                .Select(c => $"{table.Name}.{c.Name} {c.StoreType}{(c.IsNullable ? " null" : " not null")}")
                .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}){(i.IsUnique ? " unique" : "")}"))
                .Concat(table.ForeignKeyConstraints.Select(f => $"{table.Name} foreign key {f.Name} -> {f.PrincipalTable.Name} on delete {f.OnDeleteAction}"))))
            .Order(StringComparer.Ordinal);
}
