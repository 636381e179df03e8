using GiaVien.Cms.Bench.Throughput;

namespace GiaVien.Cms.Bench.Tests;

/// <summary>
/// Runs the throughput benchmark on a tiny scale so the bench cannot rot. Only the sanity of the figures is
/// checked, never their size: speed is reported by the bench, as ratios, not asserted by tests.
/// </summary>
public sealed class ThroughputSmokeTests
{
    [Fact]
    public async Task Throughput_loads_the_home_page_and_the_baseline_serving_its_bytes()
    {
        var result = await ThroughputBenchmark.RunAsync(threads: 1, connections: 2, TimeSpan.FromSeconds(1), TextWriter.Null);

        Assert.True(result.BodyBytes > 1000);
        Assert.All([result.Cms, result.CmsWithoutRequestLog, result.Baseline], run =>
        {
            Assert.True(run.RequestsPerSecond > 0 && run.Requests > 0 && run.P99LatencyMs > 0);
            Assert.Equal(0, run.NonSuccess);
        });
    }

    [Fact]
    public void Wrk_output_is_read_with_its_units()
    {
        const string output = """
            Running 10s test @ http://127.0.0.1:5000/
              2 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     1.20ms  500.00us  20.00ms   90.00%
                Req/Sec    12.00k     1.00k   14.00k    70.00%
              Latency Distribution
                 50%    1.10ms
                 75%    1.30ms
                 90%    1.60ms
                 99%  850.00us
              238000 requests in 10.00s, 1.20GB read
              Non-2xx or 3xx responses: 3
            Requests/sec:  23800.50
            Transfer/sec:    122.00MB
            """;

        var result = Wrk.Parse(output);

        Assert.Equal(23800.50, result.RequestsPerSecond);
        Assert.Equal(0.85, result.P99LatencyMs, precision: 6);
        Assert.Equal(238000, result.Requests);
        Assert.Equal(3, result.NonSuccess);
    }
}
