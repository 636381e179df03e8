using System.Globalization;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.ContentModel;

internal sealed record IndexBuildResult(IReadOnlyList<ContentModelSample> Samples, IReadOnlyDictionary<string, IndexContents> Contents, int Rounds, int Articles)
{
    public string ToMarkdown()
    {
        var reference = Of(AbBuilds.Reference);
        var current = Of(AbBuilds.Current);
        var figures = new MarkdownTable("Measure", "reference", "this build", "reference / this")
            .Row("server CPU µs per item (median)", Median(reference, r => r.CpuMicrosecondsPerUnit), Median(current, r => r.CpuMicrosecondsPerUnit),
                Median(reference, r => r.CpuMicrosecondsPerUnit) / Median(current, r => r.CpuMicrosecondsPerUnit))
            .Row("items per second (median)", Median(reference, r => r.UnitsPerSecond), Median(current, r => r.UnitsPerSecond),
                Median(current, r => r.UnitsPerSecond) / Median(reference, r => r.UnitsPerSecond))
            .Row("CPU µs per item, round by round", RoundByRound(reference), RoundByRound(current), "")
            .Row("items indexed", reference[0].Units, current[0].Units, "");
        return figures + $"\nMedians of {Rounds} rounds, builds alternating, {Articles} generated articles in the district; a CPU ratio of 1 or more "
            + "means this build indexes an item as cheaply or cheaper. CPU: the server's user + system time (from /proc) from the press of "
            + "\"Xây dựng lại chỉ mục\" to the page saying it is done.\n\n" + FieldTable();
    }

    private string FieldTable()
    {
        var reference = Contents[AbBuilds.Reference];
        var current = Contents[AbBuilds.Current];
        var table = new MarkdownTable("indexed field", "documents (ref / this)", "tokens (ref / this)");
        table.Row("(all)", $"{reference.Documents} / {current.Documents}", "");
        foreach (var field in reference.Fields.Keys.Union(current.Fields.Keys).Order(StringComparer.Ordinal))
        {
            var (refDocs, refTokens) = reference.Fields.GetValueOrDefault(field);
            var (docs, tokens) = current.Fields.GetValueOrDefault(field);
            var mark = refDocs == docs && refTokens == tokens ? "" : " ≠";
            table.Row(field + mark, $"{refDocs} / {docs}", $"{refTokens} / {tokens}");
        }

        return table.ToString();
    }

    private List<ContentModelSample> Of(string build) => Samples.Where(s => s.Build == build).ToList();

    private static double Median(List<ContentModelSample> runs, Func<ContentModelSample, double> value) => Statistics.Median(runs.Select(value).ToList());

    private static string RoundByRound(List<ContentModelSample> runs) =>
        string.Join(", ", runs.Select(r => r.CpuMicrosecondsPerUnit.ToString("0", CultureInfo.InvariantCulture)));
}
