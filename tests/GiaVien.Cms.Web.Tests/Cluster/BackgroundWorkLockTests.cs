using GiaVien.Cms.Cluster;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiaVien.Cms.Web.Tests.Cluster;

/// <summary>The lock that makes shared background work run on one node at a time, on the real PostgreSQL.</summary>
public sealed class BackgroundWorkLockTests
{
    private static PostgreSqlWorkLock NodeLock() =>
        new(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, PostgreSqlConnectionString = PostgreSqlServer.ConnectionString }));

    [Fact]
    public async Task Only_one_node_holds_it_until_that_node_lets_it_go()
    {
        var nodeA = NodeLock();
        var nodeB = NodeLock();

        var heldByA = await nodeA.TryAcquireAsync(CancellationToken.None);
        Assert.NotNull(heldByA);
        Assert.Null(await nodeB.TryAcquireAsync(CancellationToken.None));

        await heldByA.DisposeAsync();
        var heldByB = await nodeB.TryAcquireAsync(CancellationToken.None);
        Assert.NotNull(heldByB);
        await heldByB.DisposeAsync();
    }

    [Fact]
    public async Task A_node_that_dies_while_holding_it_frees_it_for_the_others()
    {
        var nodeA = NodeLock();
        var heldByA = await nodeA.TryAcquireAsync(CancellationToken.None);
        Assert.NotNull(heldByA);

        // The holder's connection ends as when its process is killed: the server ends its session.
        await using (var admin = new NpgsqlConnection(PostgreSqlServer.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() " +
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", admin);
            await kill.ExecuteNonQueryAsync();
        }

        IAsyncDisposable? heldByB = null;
        await Eventually.ThatAsync(async () => (heldByB = await NodeLock().TryAcquireAsync(CancellationToken.None)) is not null, TimeSpan.FromSeconds(5), "the lock of a dead node was not freed");
        await heldByB!.DisposeAsync();
        await heldByA.DisposeAsync(); // letting go of a lock whose session is gone is not an error

    }
}
