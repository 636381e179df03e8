using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Province;

internal sealed record ProvinceResult(
    int Tenants,
    TimeSpan DataBuild,
    double CreationRate,
    double BaselineStartMs,
    double HealthMs,
    double ReadyMs,
    double FirstHomeMs,
    double IdleCoreShare,
    TimeSpan IdleWindow,
    double RssIdleMb,
    double RssVisitedMb,
    double RssReleasedMb,
    double HomeThreeMs,
    double HomeAllMs,
    IReadOnlyList<double> AdminCreationSeconds)
{
    public string ToMarkdown() =>
        $"{Tenants} commune tenants on SQLite (giavien-commune, shared with the district), production settings\n\n" +
        new MarkdownTable("Figure", "value", "reference", "ratio")
            .Row($"Data build: `tenant create-many` of {Tenants} tenants, process start included (s)", DataBuild.TotalSeconds, "< 180 s", DataBuild.TotalSeconds / 180)
            .Row("Bulk creation, as the command reports it (tenants/s)", CreationRate, "≥ 10/s", CreationRate / 10)
            .Row("Restart → /health 200 (ms)", HealthMs, $"bare app start {BaselineStartMs:0} ms", HealthMs / BaselineStartMs)
            .Row("Restart → /health/ready 200 (ms)", ReadyMs, $"bare app start {BaselineStartMs:0} ms", ReadyMs / BaselineStartMs)
            .Row("Restart → first district home 200, asked once ready (ms)", FirstHomeMs, $"/health {HealthMs:0} ms", FirstHomeMs / HealthMs)
            .Row("First district home after /health (ms)", FirstHomeMs - HealthMs, "≤ 1000 ms", (FirstHomeMs - HealthMs) / 1000)
            .Row($"Idle CPU over {IdleWindow.TotalSeconds:0} s, nobody visiting (% of one core)", IdleCoreShare * 100, "≤ 2 %", IdleCoreShare * 100 / 2)
            .Row("RSS idle, before visiting (MB)", RssIdleMb, "", 1.0)
            .Row($"RSS after visiting all {Tenants} home pages (MB)", RssVisitedMb, $"idle {RssIdleMb:0} MB", RssVisitedMb / RssIdleMb)
            .Row("RSS after all were released idle (MB)", RssReleasedMb, $"idle {RssIdleMb:0} MB (≤ 1.10)", RssReleasedMb / RssIdleMb)
            .Row("District home, uncached, 3 sharing tenants (median ms)", HomeThreeMs, "", 1.0)
            .Row($"District home, uncached, {Tenants + 3} sharing tenants (median ms)", HomeAllMs, $"3 tenants {HomeThreeMs:0.0} ms (≤ 1.5)", HomeAllMs / HomeThreeMs)
            .Row($"One commune through the admin on the full installation, form to its home (median s of {AdminCreationSeconds.Count})",
                Statistics.Median(AdminCreationSeconds), "< 1 s", Statistics.Median(AdminCreationSeconds))
            .Row("… the slowest of them (s)", AdminCreationSeconds.Max(), "< 1 s", AdminCreationSeconds.Max());
}
