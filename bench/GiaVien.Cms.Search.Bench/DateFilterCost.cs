using System.Globalization;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// What a date range ("Từ ngày" / "Đến ngày") adds to a search of one tenant: the querying thread's CPU per query for
/// the bench's queries without a range and with ranges of several widths, each query asked in every form one after
/// another so a change of the machine's load falls on all of them. The corpus's dates spread evenly over 2020–2024.
/// There is no raw-Lucene side: the figure to compare is each range's cost over no range, between two builds.
/// </summary>
public static class DateFilterCost
{
    private static readonly (string Name, DateOnly? From, DateOnly? To)[] Ranges =
    [
        ("no range", null, null),
        ("from 2022-01-01 (three years of five)", new DateOnly(2022, 1, 1), null),
        ("2024 (a year)", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)),
        ("March 2023 (a month)", new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31)),
    ];

    public static IEnumerable<string> Measure(VietnameseAnalyzer analyzer, NewsSearch search, string folder, int articles, int rounds)
    {
        var generator = new NewsGenerator(SearchBenchmark.Seed);
        var items = Enumerable.Range(1, articles).Select(generator.Next).ToList();
        var queries = Enumerable.Range(0, 400).Select(_ => generator.Query()).ToList();
        using var product = IndexGeneration.Create(Path.Combine(folder, "product"), analyzer, 0);
        product.AddAll(items, new Dictionary<string, string>(), Environment.ProcessorCount);
        product.Commit();

        var one = new List<SearchTarget> { new(new TenantRecord { Name = "bench", DisplayName = "Bench" }, product, "") };
        int Ask(string query, (string Name, DateOnly? From, DateOnly? To) range) =>
            search.Search(one, new SearchRequest(query, From: range.From, To: range.To), sharedOnly: false).Total;

        foreach (var query in queries.Take(50))
        {
            foreach (var range in Ranges)
            {
                Ask(query, range);
            }
        }

        var (cpuNs, matches) = (new long[Ranges.Length], new long[Ranges.Length]);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                for (var i = 0; i < Ranges.Length; i++)
                {
                    var started = ThreadCpu.Nanoseconds();
                    matches[i] += Ask(query, Ranges[i]);
                    cpuNs[i] += ThreadCpu.Nanoseconds() - started;
                }
            }
        }

        var asked = (double)queries.Count * rounds;
        yield return "| date range | thread CPU ms per query | ÷ no range | matches per query |";
        yield return "|---|---|---|---|";
        for (var i = 0; i < Ranges.Length; i++)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"| {Ranges[i].Name} | {cpuNs[i] / 1e6 / asked:0.000} | {(double)cpuNs[i] / cpuNs[0]:0.00} | {matches[i] / asked:0} |");
        }
    }
}
