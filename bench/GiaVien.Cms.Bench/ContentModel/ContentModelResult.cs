using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.ContentModel;

internal sealed record ContentModelOptions(int Rounds, int Articles, int Communes, int Threads, int Connections, TimeSpan Duration);

internal enum Measure
{
    CachedArticle,
    UncachedArticle,
    IndexRebuild,
    TenantCreation,
}

/// <param name="Units">What the server did in the sample: requests answered, items indexed or tenants created.</param>
/// <param name="Cpu">The server process's user and system CPU time over the sample.</param>
internal sealed record ContentModelSample(string Build, Measure Measure, long Units, TimeSpan Cpu, TimeSpan Wall)
{
    public double CpuMicrosecondsPerUnit => Cpu.TotalMicroseconds / Math.Max(1, Units);

    public double UnitsPerSecond => Units / Wall.TotalSeconds;

    public override string ToString() => $"{Measure}, {Build}: {Units} in {Wall.TotalSeconds:0.0} s ({UnitsPerSecond:0.0}/s), {CpuMicrosecondsPerUnit:0.0} µs CPU each";
}

internal sealed record ContentModelResult(IReadOnlyList<ContentModelSample> Samples, ContentModelOptions Options)
{
    private static readonly Dictionary<Measure, string> Names = new()
    {
        [Measure.CachedArticle] = "district article, output cache on (requests)",
        [Measure.UncachedArticle] = "district article, rendered every time (requests)",
        [Measure.IndexRebuild] = "search index rebuild from the admin (items)",
        [Measure.TenantCreation] = "commune created from the admin until its home answers (tenants)",
    };

    public string ToMarkdown()
    {
        var table = new MarkdownTable("Measure (unit)", "units (ref / this)", "per second (ref / this)", "this / reference (rate)",
            "server CPU µs per unit (ref / this)", "reference / this (CPU)");
        foreach (var measure in Enum.GetValues<Measure>())
        {
            var reference = Median(AbBuilds.Reference, measure);
            var current = Median(AbBuilds.Current, measure);
            table.Row(Names[measure], $"{reference.Units:0} / {current.Units:0}", $"{reference.Rate:0.0} / {current.Rate:0.0}", current.Rate / reference.Rate,
                $"{reference.Cpu:0} / {current.Cpu:0}", reference.Cpu / current.Cpu);
        }

        return table + $"\nMedians of {Options.Rounds} rounds, builds alternating; {Options.Articles} generated articles in the district; "
            + $"wrk -t{Options.Threads} -c{Options.Connections} -d{Options.Duration.TotalSeconds:0}s; {Options.Communes} communes per round. "
            + "A ratio of 1 or more means this build is as fast or cheaper. CPU: the server's user + system time (from /proc) over what it did.\n";
    }

    private (double Units, double Rate, double Cpu) Median(string build, Measure measure)
    {
        var runs = Samples.Where(s => s.Build == build && s.Measure == measure).ToList();
        return (Statistics.Median(runs.Select(r => (double)r.Units).ToList()), Statistics.Median(runs.Select(r => r.UnitsPerSecond).ToList()),
            Statistics.Median(runs.Select(r => r.CpuMicrosecondsPerUnit).ToList()));
    }
}
