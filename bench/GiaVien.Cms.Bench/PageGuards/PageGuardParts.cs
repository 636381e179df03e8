using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;
using GiaVien.Cms.Bench.Infrastructure;
using GiaVien.Cms.Web.Security.Csp;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GiaVien.Cms.Bench.PageGuards;

/// <summary>
/// What each piece of the page guards costs a cached response, measured in this process on one thread: the nonce
/// (and, for comparison, one call of the system generator per response as before), the policy header, and the
/// substitution of a cached page's placeholders. Each piece runs in many short repetitions (about 0.2 ms, shorter
/// than the time slice the scheduler gives a thread) and the fastest is kept: on a shared machine other work can only
/// add time, and a repetition that was not interrupted shows the piece's own. A cached page of the shape of the district home page:
/// a 2 KB head with the nonce twice, 18.7 KB in all, written in 4 KB pieces as the output cache replays it.
/// </summary>
internal static class PageGuardParts
{
    public static string Run(int repetitions, TextWriter progress)
    {
        var page = CachedPage();
        var table = new MarkdownTable("Piece (per cached response)", "ns", "bytes allocated");
        table.Row(Measure("nonce: one generator call per response (before)", repetitions, progress,
            () => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18))));
        table.Row(Measure("nonce: from the batch (now)", repetitions, progress, () => NonceSource.Next()));
        var nonce = NonceSource.Next();
        table.Row(Measure("policy header of a public page", repetitions, progress, () => ContentSecurityPolicies.PublicPage(nonce)));
        var server = new StreamResponseBodyFeature(Stream.Null);
        table.Row(Measure("cached page written to the server as is", repetitions, progress, () => Write(server.Writer, page)));
        table.Row(Measure("the same bytes as a response that is not HTML, through the substitution", repetitions, progress, ThroughSubstitution(server, page, "application/json")));
        table.Row(Measure("cached page through the nonce substitution", repetitions, progress, ThroughSubstitution(server, page, "text/html; charset=utf-8")));
        return table + "\nThe substitution's own cost is the difference to the first of the last three rows (its nonce is drawn once, outside).\n";
    }

    /// <summary>One context for all responses (its nonce, drawn once, is timed above); a writer per response, as in the server.</summary>
    private static Action ThroughSubstitution(IHttpResponseBodyFeature server, byte[] page, string contentType)
    {
        var context = new DefaultHttpContext();
        context.Response.ContentType = contentType;
        return () =>
        {
            var writer = new NonceSubstitutionWriter(server, context);
            Write(writer, page);
            writer.ReleaseHeld();
        };
    }

    private static object[] Measure(string name, int repetitions, TextWriter progress, Action piece)
    {
        var perRepetition = Math.Max(1, (int)(200_000 / (Nanoseconds(piece, 1000) / 1000)));
        var best = double.MaxValue;
        var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            best = Math.Min(best, Nanoseconds(piece, perRepetition) / perRepetition);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / ((double)repetitions * perRepetition);
        progress.WriteLine($"{name}: {best:0} ns");
        return [name, best, allocated];
    }

    private static double Nanoseconds(Action piece, int times)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < times; i++)
        {
            piece();
        }

        return (Stopwatch.GetTimestamp() - started) * 1e9 / Stopwatch.Frequency;
    }

    // The flush of a pipe over Stream.Null completes at once; waiting on it keeps the loop free of async machinery.
    private static void Write(PipeWriter writer, byte[] page)
    {
        for (var at = 0; at < page.Length; at += 4096)
        {
            writer.Write(page.AsSpan(at, Math.Min(4096, page.Length - at)));
        }

        writer.FlushAsync().AsTask().GetAwaiter().GetResult();
    }

    private static byte[] CachedPage()
    {
        var head = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang chủ - UBND huyện Gia Viễn</title>");
        head.Append(new string(' ', 1300));
        head.Append($"<style nonce=\"{CspNonce.Placeholder}\">:root{{--primary:#b3261e}}</style>");
        head.Append(new string(' ', 200));
        head.Append($"<script nonce=\"{CspNonce.Placeholder}\" src=\"/theme/site.js\" defer></script>");
        head.Append(new string(' ', 400)).Append("</head><body>");
        var body = new StringBuilder();
        while (head.Length + body.Length < 18_700)
        {
            body.Append("<article><h2>Tin hoạt động của xã Gia Hòa</h2><p>Nội dung bài viết.</p></article>\n");
        }

        return Encoding.UTF8.GetBytes(head.Append(body).Append("</body></html>").ToString());
    }
}
