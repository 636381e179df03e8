namespace GiaVien.Cms.Tenants.Management.Archives;

/// <summary>One table of a validated archive: its columns (as in the current model) and rows of store-typed values.</summary>
public sealed record ArchiveTable(TenantTable Table, IReadOnlyList<TenantColumn> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>An archive read and checked entirely, before anything is written.</summary>
public sealed record ArchiveContents(ArchiveManifest Manifest, IReadOnlyList<ArchiveTable> Tables, IReadOnlyList<string> MediaEntries);
