using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.Content;

/// <summary>Save+publish latency and the content list page, per database, with a small tenant as the baseline.</summary>
internal sealed record ProviderResult(string Provider, int ExistingItems, IReadOnlyList<double> PublishMs, IReadOnlyList<double> ListMs,
    IReadOnlyList<double> SmallPublishMs, IReadOnlyList<double> SmallListMs);

internal sealed record ContentResult(IReadOnlyList<ProviderResult> Providers)
{
    public string ToMarkdown()
    {
        var table = new MarkdownTable("Database", "existing items", "save+publish p50 ms", "p99 ms", "ratio to small tenant (p50)",
            "content list page p50 ms", "ratio to small tenant");
        foreach (var p in Providers)
        {
            table.Row($"{p.Provider}, small tenant (baseline)", 100, Statistics.Median(p.SmallPublishMs), Statistics.Percentile(p.SmallPublishMs, 99), 1.0,
                Statistics.Median(p.SmallListMs), 1.0);
            table.Row(p.Provider, p.ExistingItems, Statistics.Median(p.PublishMs), Statistics.Percentile(p.PublishMs, 99),
                Statistics.Median(p.PublishMs) / Statistics.Median(p.SmallPublishMs), Statistics.Median(p.ListMs), Statistics.Median(p.ListMs) / Statistics.Median(p.SmallListMs));
        }

        var text = table.ToString();
        if (Providers.Count == 2)
        {
            var (sqlite, postgres) = (Providers[0], Providers[1]);
            text += $"{Environment.NewLine}Publish latency PostgreSQL ÷ SQLite (p50, large tenant): {Statistics.Median(postgres.PublishMs) / Statistics.Median(sqlite.PublishMs):0.00}{Environment.NewLine}";
        }

        return text;
    }
}
