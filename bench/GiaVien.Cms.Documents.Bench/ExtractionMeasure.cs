using System.Diagnostics;
using GiaVien.Cms.Documents.Extraction;
using GiaVien.Cms.Search.Bench;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace GiaVien.Cms.Documents.Bench;

/// <summary>
/// Reading PDFs as the background extraction does (<see cref="DocumentTextExtractor"/>, one file at a time, with its
/// limits), against PdfPig's page text read without them; and the memory one large PDF needs while it is read.
/// </summary>
public static class ExtractionMeasure
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>A text PDF of <paramref name="pages"/> A4 pages of about 1,400 characters each (30 lines).</summary>
    public static byte[] Pdf(int pages, IReadOnlyList<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(595, 842);
            for (var i = 0; i < 30; i++)
            {
                page.AddText(lines[(p * 30 + i) % lines.Count], 10, new PdfPoint(40, 800 - i * 25), font);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Pages per CPU second of this thread over <paramref name="files"/>: read by the product, by bare PdfPig (page text,
    /// no limits) and by PdfPig's word extractor with the words joined by spaces (how the product read pages before),
    /// in <paramref name="rounds"/> alternating rounds so a change of the machine's load falls on all three alike.
    /// </summary>
    public static (double Product, double Bare, double Words) PagesPerSecond(IReadOnlyList<byte[]> files, int rounds = 3)
    {
        var readers = new Func<byte[], int>[]
        {
            file => DocumentTextExtractor.Extract(new MemoryStream(file), "pdf", ExtractionLimits.Default).Pages,
            file => ReadPages(file, page => page.Text),
            file => ReadPages(file, page => string.Join(' ', page.GetWords().Select(w => w.Text))),
        };
        var pages = new long[readers.Length];
        var nanoseconds = new long[readers.Length];
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < readers.Length; k++)
            {
                var r = (k + round) % readers.Length;
                var started = ThreadCpu.Nanoseconds();
                pages[r] += files.Sum(readers[r]);
                nanoseconds[r] += ThreadCpu.Nanoseconds() - started;
            }
        }

        return (pages[0] / (nanoseconds[0] / 1e9), pages[1] / (nanoseconds[1] / 1e9), pages[2] / (nanoseconds[2] / 1e9));
    }

    private static int ReadPages(byte[] file, Func<Page, string> text)
    {
        using var document = PdfDocument.Open(file);
        var pages = 0;
        foreach (var page in document.GetPages())
        {
            _ = text(page);
            pages++;
        }

        return pages;
    }

    /// <summary>
    /// Reads one PDF as the product does while a sampler watches the managed heap and the process's working set: the
    /// peak above what they were before is what reading it costs.
    /// </summary>
    public static (double HeapMb, double WorkingSetMb, double AllocatedMb, int Pages, double Seconds) Memory(byte[] pdf)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long heapPeak = heapBefore, workingSetPeak = workingSetBefore;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(2))
            {
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
                process.Refresh();
                workingSetPeak = Math.Max(workingSetPeak, process.WorkingSet64);
            }
        });
        sampler.Start();
        var started = Stopwatch.GetTimestamp();
        var result = DocumentTextExtractor.Extract(new MemoryStream(pdf), "pdf", ExtractionLimits.Default);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        done.Set();
        sampler.Join();
        const double Mb = 1024 * 1024;
        return ((heapPeak - heapBefore) / Mb, (workingSetPeak - workingSetBefore) / Mb, (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Mb, result.Pages, seconds);
    }
}
