using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Startup;

internal sealed record StartupResult(double FirstStartWithSetupMs, IReadOnlyList<double> CmsMs, IReadOnlyList<double> BaselineMs)
{
    public double CmsMedianMs => Statistics.Median(CmsMs);

    public double BaselineMedianMs => Statistics.Median(BaselineMs);

    public double Ratio => CmsMedianMs / BaselineMedianMs;

    public string ToMarkdown() => new MarkdownTable("Process start → first 200 on /", "runs", "median ms", "min ms", "max ms", "ratio to baseline")
        .Row("Empty ASP.NET Core app (baseline)", BaselineMs.Count, BaselineMedianMs, BaselineMs.Min(), BaselineMs.Max(), 1.0)
        .Row("GiaVien.Cms, restart of a set-up installation", CmsMs.Count, CmsMedianMs, CmsMs.Min(), CmsMs.Max(), Ratio)
        .Row("GiaVien.Cms, very first start incl. setup (giavien-demo)", 1, FirstStartWithSetupMs, FirstStartWithSetupMs, FirstStartWithSetupMs, FirstStartWithSetupMs / BaselineMedianMs)
        .ToString();
}
