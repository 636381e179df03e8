using System.Globalization;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Documents.Bench;
using GiaVien.Cms.Search;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;
using Microsoft.Extensions.Options;
using static GiaVien.Cms.Search.Bench.SearchBenchmark;

// dotnet run -c Release --project bench/GiaVien.Cms.Documents.Bench -- [documents] [queriesPerClient] [pdfFiles] [largePdfPages]
var arguments = args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
Console.WriteLine(DocumentBenchmark.Run(
    documents: arguments.ElementAtOrDefault(0) is > 0 and var d ? d : 50_000,
    queriesPerClient: arguments.ElementAtOrDefault(1) is > 0 and var q ? q : 500,
    pdfFiles: arguments.ElementAtOrDefault(2) is > 0 and var f ? f : 100,
    largePdfPages: arguments.ElementAtOrDefault(3) is > 0 and var p ? p : 500));

namespace GiaVien.Cms.Documents.Bench
{
    /// <summary>The documents library's figures, each beside a baseline measured in the same run (the ratio is what compares).</summary>
    public static class DocumentBenchmark
    {
        public const int Seed = 20250310;

        public static string Run(int documents, int queriesPerClient, int pdfFiles, int largePdfPages)
        {
            var folder = Directory.CreateTempSubdirectory("giavien-docbench-").FullName;
            var lines = new List<string>
            {
                $"# Documents benchmark ({documents:N0} documents with file text; {pdfFiles} PDFs of 1–10 pages; one PDF of {largePdfPages} pages; seed {Seed}; {Environment.ProcessorCount} cores)",
                "",
                "| measure | GiaVien | baseline | ratio |",
                "|---|---|---|---|",
            };
            try
            {
                var generator = new DocumentGenerator(Seed);
                var corpus = Enumerable.Range(1, documents).Select(generator.Next).ToList();
                var sentences = corpus.Take(200).SelectMany(c => c.FileText.Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    .Select(s => s.Length > 90 ? s[..90] : s).ToList();

                // Memory first, while the process holds little else: the working set is then mostly this file's cost.
                var large = ExtractionMeasure.Pdf(largePdfPages, sentences);
                var memory = ExtractionMeasure.Memory(large);
                lines.Add($"| reading one {largePdfPages}-page PDF ({large.Length / 1024.0 / 1024.0:0.0} MB), pages read | {memory.Pages} | {largePdfPages} | {(double)memory.Pages / largePdfPages:0.00} |");
                lines.Add(Row($"reading one {largePdfPages}-page PDF, peak managed heap above before, MB (baseline: the file's size)", memory.HeapMb, large.Length / 1024.0 / 1024.0, "0.0"));
                lines.Add(Row($"reading one {largePdfPages}-page PDF, peak working set above before, MB (baseline: the file's size)", memory.WorkingSetMb, large.Length / 1024.0 / 1024.0, "0.0"));
                lines.Add(Row($"reading one {largePdfPages}-page PDF, allocated MB in all (baseline: the file's size)", memory.AllocatedMb, large.Length / 1024.0 / 1024.0, "0.0"));

                var random = new Random(Seed);
                var files = Enumerable.Range(0, pdfFiles).Select(_ => ExtractionMeasure.Pdf(random.Next(1, 11), sentences)).ToList();
                var (ours, bare, words) = ExtractionMeasure.PagesPerSecond(files);
                lines.Add(Row("extraction, pages per CPU second, one file at a time (baseline: PdfPig page text without limits)", ours, bare, "0"));
                lines.Add(Row("the same, PdfPig's words joined by spaces (how pages were read before; baseline: page text)", words, bare, "0"));

                var analyzer = new VietnameseAnalyzer();
                using var baseline = new Baseline(Path.Combine(folder, "baseline"), analyzer, DocumentBaseline.Fields);
                var baselineRate = Rate(documents, () => baseline.Build(corpus, DocumentBaseline.Of, Environment.ProcessorCount));
                using var product = IndexGeneration.Create(Path.Combine(folder, "product"), analyzer, 0);
                var productRate = Rate(documents, () =>
                {
                    new DocumentIndexing().AddAll(product, corpus, Environment.ProcessorCount);
                    product.Commit();
                });
                lines.Add(Row($"index build with file text, documents/s ({Environment.ProcessorCount} threads each)", productRate, baselineRate, "0"));

                var search = new NewsSearch(new NewsQueryBuilder(analyzer), new Snippets(analyzer), Options.Create(new SearchOptions()));
                var one = new List<SearchTarget> { new(new TenantRecord { Name = "bench", DisplayName = "Bench" }, product, "") };
                var queries = Enumerable.Range(0, 400).Select(_ => generator.Query(corpus)).ToList();
                foreach (var clients in new[] { 1, 8 })
                {
                    var (measured, raw) = Latencies.Compare(queries, clients, queriesPerClient, text => search.Search(one, new SearchRequest(text), sharedOnly: false), baseline.Search);
                    lines.Add(Row($"search p50 ms, {clients} client(s), {documents:N0} documents", measured.P50, raw.P50, "0.00"));
                    lines.Add(Row($"search p99 ms, {clients} client(s), {documents:N0} documents", measured.P99, raw.P99, "0.00"));
                    lines.Add(Row($"search CPU ms per query, {clients} client(s)", measured.CpuMs, raw.CpuMs, "0.00"));
                }

                // Số ký hiệu typed loosely must find its document first, or the speed means nothing.
                var numbers = corpus.Take(50).Select(c => c.Item).ToList();
                var first = numbers.Count(item => search.Search(one, new SearchRequest(NumberAsTyped(item)), sharedOnly: false).Hits is [var top, ..] && top.ContentItemId == item.ContentItemId);
                lines.Add($"| số ký hiệu typed as `125/qd-ubnd`, found first | {first} of {numbers.Count} | — | — |");
                return string.Join(Environment.NewLine, lines);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static string NumberAsTyped(Content.Items.ContentItem item) =>
            item.As<VanBanPart>().Number.ToLowerInvariant().Replace("đ", "d", StringComparison.Ordinal);
    }
}
