using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Throughput;

internal sealed record ThroughputResult(WrkResult Cms, WrkResult CmsWithoutRequestLog, WrkResult Baseline, int BodyBytes, int Threads, int Connections, TimeSpan Duration)
{
    public double Ratio => Cms.RequestsPerSecond / Baseline.RequestsPerSecond;

    public string ToMarkdown() =>
        $"wrk -t{Threads} -c{Connections} -d{Duration.TotalSeconds:0}s on loopback, district home page of giavien-demo ({BodyBytes} bytes)\n\n" +
        new MarkdownTable("Server", "requests/s", "p99 ms", "non-2xx", "ratio to baseline (req/s)")
            .Row("Bare Kestrel app, same bytes (baseline)", Baseline.RequestsPerSecond, Baseline.P99LatencyMs, Baseline.NonSuccess, 1.0)
            .Row("GiaVien.Cms (production settings)", Cms.RequestsPerSecond, Cms.P99LatencyMs, Cms.NonSuccess, Ratio)
            .Row("GiaVien.Cms, request log at Warning", CmsWithoutRequestLog.RequestsPerSecond, CmsWithoutRequestLog.P99LatencyMs, CmsWithoutRequestLog.NonSuccess,
                CmsWithoutRequestLog.RequestsPerSecond / Baseline.RequestsPerSecond);
}
