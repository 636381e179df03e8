using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GiaVien.Cms.Cluster;

/// <summary>
/// The background work lock as a PostgreSQL session advisory lock in the installation's database. It lives as
/// long as the connection that took it: a node that crashes or loses the database releases it with its
/// connection, so another node takes over on its next pass without waiting for a timeout.
/// </summary>
public sealed class PostgreSqlWorkLock(IOptions<DatabaseOptions> options) : IBackgroundWorkLock
{
    // Any fixed 64-bit number, the same on every node: the ASCII of "GVCmsBG1".
    private const long LockKey = 0x4756_436D_7342_4731;

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                unlock.Parameters.AddWithValue("key", LockKey);
                await unlock.ExecuteScalarAsync();
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The session is gone (database restarted, connection cut), and the lock went with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    public async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(options.Value.PostgreSqlConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", LockKey);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Held(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }
}
