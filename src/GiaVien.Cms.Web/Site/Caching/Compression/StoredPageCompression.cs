using System.Collections.Frozen;
using System.IO.Compression;
using System.IO.Pipelines;
using GiaVien.Cms.Web.Security.Csp;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GiaVien.Cms.Web.Site.Caching.Compression;

/// <summary>
/// Compresses a public page once, as the output cache stores it, for visitors whose browser takes gzip (every browser
/// does), so that a cached hit only copies compressed bytes. Response compression sits before the output cache and
/// compressed every hit again, on every request. Sits right after the output cache, so the entry keeps what this writes;
/// the cache keys entries on whether the visitor takes gzip (<see cref="TenantPageCachePolicy"/>), so a client without
/// it still gets the plain page. HTML keeps its nonce placeholders readable (<see cref="SplicedGzip"/>), for
/// <see cref="NonceSubstitution"/> to give each response its own nonce.
/// </summary>
public sealed class StoredPageCompression(RequestDelegate next, IOptions<ResponseCompressionOptions> compression)
{
    /// <summary>Paid once per stored page, not per hit: zlib's default level (6), about a quarter smaller than its fastest.</summary>
    private const CompressionLevel Level = CompressionLevel.Optimal;

    private readonly FrozenSet<string> _mimeTypes = compression.Value.MimeTypes.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        // Only what the page cache may store (its policy marked the lookup); the rest is compressed per response as before.
        if (TenantPageCachePolicy.EvictionsAtStart(context) is null || !HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        // Both variants say the page depends on the header, so no shared cache on the way serves one for the other.
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (!AcceptsGzip.Of(context.Request))
        {
            await next(context);
            return;
        }

        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var page = new MemoryStream();
        var buffered = new BufferedBody(page);
        context.Features.Set<IHttpResponseBodyFeature>(buffered);
        try
        {
            await next(context);
            await buffered.Writer.FlushAsync();
        }
        finally
        {
            context.Features.Set(original);
        }

        var body = Compressed(context.Response, page.GetBuffer().AsSpan(0, (int)page.Length)) ?? page.ToArray();
        await original.Writer.WriteAsync(body);
    }

    /// <summary>The gzip body, its headers set; null for a response that is not a complete page of a compressible type.</summary>
    private byte[]? Compressed(HttpResponse response, ReadOnlySpan<byte> page)
    {
        if (response.StatusCode != StatusCodes.Status200OK || response.HasStarted || response.Headers.ContentEncoding.Count > 0
            || response.ContentType is not { } contentType || !_mimeTypes.Contains(MediaType(contentType)))
        {
            return null;
        }

        var headLength = contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) ? SplicedGzip.HeadLength(page, CspNonce.PlaceholderBytes) : 0;
        if (headLength > SplicedGzip.MaxHeadLength)
        {
            return null;
        }

        var gzip = SplicedGzip.Compress(page, headLength, Level);
        response.Headers.ContentEncoding = SplicedGzip.Encoding;
        response.ContentLength = gzip.Length;
        return gzip;
    }

    private static string MediaType(string contentType) => contentType.IndexOf(';') is var end and >= 0 ? contentType[..end].Trim() : contentType;

    /// <summary>The response body kept in memory until the page is complete; starting and flushing wait for it.</summary>
    private sealed class BufferedBody(MemoryStream page) : IHttpResponseBodyFeature
    {
        private Stream? _stream;

        public PipeWriter Writer { get; } = PipeWriter.Create(page, new StreamPipeWriterOptions(leaveOpen: true));

        public Stream Stream => _stream ??= Writer.AsStream(leaveOpen: true);

        public void DisableBuffering()
        {
        }

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            SendFileFallback.SendFileAsync(Stream, path, offset, count, cancellationToken);

        public Task CompleteAsync() => Writer.FlushAsync().AsTask();
    }
}
