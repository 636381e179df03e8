using GiaVien.Cms.Bench.Cluster;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>Runs the one-node/two-node benchmark on a tiny scale (PostgreSQL and Redis of tests/run.sh) so it cannot rot.</summary>
public sealed class ClusterSmokeTests
{
    [Fact]
    public async Task Cluster_loads_sqlite_one_and_two_postgresql_nodes_without_errors()
    {
        var result = await ClusterBenchmark.RunAsync(
            Environment.GetEnvironmentVariable("GIAVIEN_TEST_POSTGRES") ?? throw new InvalidOperationException("GIAVIEN_TEST_POSTGRES is not set: run tests/run.sh"),
            Environment.GetEnvironmentVariable("GIAVIEN_TEST_REDIS") ?? throw new InvalidOperationException("GIAVIEN_TEST_REDIS is not set: run tests/run.sh"),
            threads: 2, connections: 2, TimeSpan.FromSeconds(1), TextWriter.Null);

        Assert.All([result.Sqlite, result.OneNode, result.TwoNodes], nodes => Assert.All([nodes.Article, nodes.Search], run =>
        {
            Assert.True(run.RequestsPerSecond > 0 && run.Requests > 0 && run.P99LatencyMs > 0);
            Assert.Equal(0, run.NonSuccess);
        }));
        Assert.Contains("2 nodes", result.ToMarkdown());
    }
}
