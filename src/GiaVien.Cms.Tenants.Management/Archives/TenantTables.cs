using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Notifications;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GiaVien.Cms.Tenants.Management.Archives;

/// <summary>One column of a tenant table, with the CLR type its values have in the database (after value converters).</summary>
public sealed record TenantColumn(string Name, Type StoreType, bool IsNullable, IProperty Property);

/// <summary>One table of the tenant schema, read from the EF model so tables and columns added later are archived too.</summary>
public sealed record TenantTable(string Name, IReadOnlyList<TenantColumn> Columns, TenantColumn? IdentityColumn)
{
    public TenantColumn? Find(string column) => Columns.FirstOrDefault(c => c.Name == column);
}

public static class TenantTables
{
    /// <summary>Columns that hold secrets, left empty in an archive unless the administrator asks for them.</summary>
    private static readonly HashSet<(Type Entity, string Property)> Secrets = [(typeof(UserRecord), nameof(UserRecord.PasswordHash))];

    /// <summary>
    /// Columns that say an e-mail is still to be sent from this tenant. An archive carries none of them, and an import
    /// ignores them in older archives: the original goes on sending its own outbox, so a copy that sent it too would
    /// mail the resident or the editor twice.
    /// </summary>
    private static readonly HashSet<(Type Entity, string Property)> Outbox =
        [(typeof(CitizenQuestionRecord), nameof(CitizenQuestionRecord.MailDueUtc)), (typeof(NotificationRecord), nameof(NotificationRecord.MailDueUtc))];

    public static bool IsSecret(TenantColumn column) => Secrets.Contains(Key(column));

    public static bool IsOutbox(TenantColumn column) => Outbox.Contains(Key(column));

    private static (Type, string) Key(TenantColumn column) => (column.Property.DeclaringType.ClrType, column.Property.Name);

    /// <summary>Every table of the tenant model, principals before the tables that reference them.</summary>
    public static IReadOnlyList<TenantTable> Describe(CmsDbContext db)
    {
        var entities = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null).ToList();
        var byTable = entities.GroupBy(e => e.GetTableName()!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var ordered = new List<string>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in byTable.Keys.Order(StringComparer.Ordinal))
        {
            Visit(table, byTable, ordered, visiting);
        }

        return ordered.Select(name => Table(name, byTable[name])).ToList();
    }

    private static void Visit(string table, Dictionary<string, List<IEntityType>> byTable, List<string> ordered, HashSet<string> visiting)
    {
        if (ordered.Contains(table) || !visiting.Add(table))
        {
            return;
        }

        foreach (var principal in byTable[table].SelectMany(e => e.GetForeignKeys()).Select(fk => fk.PrincipalEntityType.GetTableName()))
        {
            if (principal is not null && principal != table && byTable.ContainsKey(principal))
            {
                Visit(principal, byTable, ordered, visiting);
            }
        }

        ordered.Add(table);
    }

    private static TenantTable Table(string name, List<IEntityType> entities)
    {
        var store = StoreObjectIdentifier.Table(name, entities[0].GetSchema());
        var columns = entities.SelectMany(e => e.GetProperties())
            .Select(p => (Property: p, Column: p.GetColumnName(store)))
            .Where(x => x.Column is not null)
            .DistinctBy(x => x.Column, StringComparer.Ordinal)
            .Select(x => new TenantColumn(x.Column!, StoreType(x.Property), x.Property.IsColumnNullable(store), x.Property))
            .ToList();
        var key = entities[0].FindPrimaryKey();
        var identity = key is { Properties.Count: 1 } && key.Properties[0].ValueGenerated == ValueGenerated.OnAdd
            && StoreType(key.Properties[0]) is var type && (type == typeof(int) || type == typeof(long))
            ? columns.First(c => c.Property == key.Properties[0])
            : null;
        return new TenantTable(name, columns, identity);
    }

    private static Type StoreType(IProperty property)
    {
        var mapping = property.GetRelationalTypeMapping();
        var type = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return Nullable.GetUnderlyingType(type) ?? type;
    }
}
