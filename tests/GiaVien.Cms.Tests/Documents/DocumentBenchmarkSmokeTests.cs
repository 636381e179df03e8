using GiaVien.Cms.Documents.Bench;

namespace GiaVien.Cms.Tests.Documents;

/// <summary>Runs the documents benchmark on a tiny scale so it cannot rot; the figures themselves come from bench/.</summary>
public sealed class DocumentBenchmarkSmokeTests
{
    [Fact]
    public void The_benchmark_runs_end_to_end_and_finds_each_number_typed_carelessly_first()
    {
        var report = DocumentBenchmark.Run(documents: 200, queriesPerClient: 5, pdfFiles: 3, largePdfPages: 5);

        Assert.Contains("search p99 ms", report, StringComparison.Ordinal);
        Assert.Contains("extraction, pages per CPU second", report, StringComparison.Ordinal);
        Assert.Contains("| reading one 5-page PDF", report, StringComparison.Ordinal);
        Assert.Contains("pages read | 5 | 5 |", report, StringComparison.Ordinal);
        Assert.Contains("found first | 50 of 50 |", report, StringComparison.Ordinal);
    }
}
