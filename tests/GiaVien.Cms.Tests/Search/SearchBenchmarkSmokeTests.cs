using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Indexing;

namespace GiaVien.Cms.Tests.Search;

/// <summary>Runs the benchmark on a tiny scale so it cannot rot; the figures themselves come from bench/.</summary>
public sealed class SearchBenchmarkSmokeTests
{
    [Fact]
    public void The_generator_is_deterministic_and_writes_vietnamese_news_of_gia_vien()
    {
        var first = Enumerable.Range(1, 20).Select(new NewsGenerator(7).Next).ToList();
        var again = Enumerable.Range(1, 20).Select(new NewsGenerator(7).Next).ToList();

        Assert.Equal(first.Select(i => i.Content.ToJsonString()), again.Select(i => i.Content.ToJsonString()));
        Assert.All(first, item => Assert.True(ContentDocuments.IsSearchable(item)));
        Assert.Contains(first, item => item.Content.ToJsonString().Contains("Gia", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_benchmark_runs_end_to_end_on_a_tiny_corpus()
    {
        var report = await SearchBenchmark.RunAsync(articles: 300, tenants: 3, perTenant: 50, queriesPerClient: 5, publishSamples: 2);

        Assert.Contains("full index build", report);
        Assert.Contains("district p99", report);
        Assert.Contains("| query p99 ratio of each round, 8 client(s)", report);
        Assert.Contains("publish → searchable", report);
    }

    [Fact]
    public void The_stages_of_a_query_are_measured_on_a_tiny_corpus()
    {
        var report = SearchBenchmark.Stages(articles: 300, repetitions: 1);

        Assert.Contains("top 500 by relevance and date, RelevanceCollector", report);
        Assert.Contains("| the whole search (NewsSearch.Search) |", report);
    }

    [Fact]
    public void The_cpu_comparison_of_build_and_queries_runs_on_a_tiny_corpus()
    {
        var report = SearchBenchmark.Cpu(articles: 300, rounds: 1);

        Assert.Contains("| index build, process CPU s for 300 articles", report);
        Assert.Contains("| query thread CPU ms per query, 1 client, round 1 |", report);
    }

    [Fact]
    public void The_build_comparison_runs_on_a_tiny_corpus()
    {
        var report = SearchBenchmark.Build(articles: 300, rounds: 1);

        Assert.Contains("| round | product CPU s / baseline CPU s |", report);
        Assert.Matches(@"\| 1 \| [0-9.]+ / [0-9.]+ \| [0-9.]+ \| [0-9.]+ / [0-9.]+ \| [0-9.]+ \| [0-9]+ / [0-9]+ \|", report);
    }

    [Fact]
    public void The_date_range_costs_run_on_a_tiny_corpus()
    {
        var report = SearchBenchmark.Dates(articles: 300, rounds: 1);

        Assert.Matches(@"\| no range \| [0-9.]+ \| 1\.00 \| [0-9]+ \|", report);
        Assert.Matches(@"\| March 2023 \(a month\) \| [0-9.]+ \| [0-9.]+ \| [0-9]+ \|", report);
    }
}
