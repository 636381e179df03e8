namespace GiaVien.Cms.Tenants;

/// <summary>
/// Whether this installation runs on several web nodes (the cluster module says so when <c>Cms:Redis:Configuration</c>
/// is set). Then a node-local database, a SQLite file on one node's disk, is refused for new tenants: the other nodes
/// would not see it.
/// </summary>
public sealed record NodeTopology(bool SeveralNodes)
{
    public static NodeTopology SingleNode { get; } = new(SeveralNodes: false);
}
