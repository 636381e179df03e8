using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace GiaVien.Cms.Web.Site.Caching.Front;

/// <summary>
/// Keeps a hit of the output cache for <see cref="FrontPages"/>: put in front of the response's body as the cache's
/// policy learns it serves a hit, it notes the status and headers the cache sets (before the response starts, so
/// nothing the rest of the pipeline adds per response) and a copy of the body the cache writes, placeholders and all,
/// then passes each write on unchanged. The page is kept with the store's entry the cache read it from, so it is served
/// in front only while the store holds that entry. What the cache writes is what a hit in front writes again: the same
/// bytes and headers, by construction.
/// </summary>
internal sealed class FrontPageCapture : PipeWriter, IHttpResponseBodyFeature
{
    private static readonly object StoreReadKey = new();

    /// <summary>The store's entry a request's lookup found, and the key it was found under.</summary>
    private sealed record StoreRead(string Key, byte[] Entry);

    private readonly IHttpResponseBodyFeature _inner;
    private readonly HttpContext _context;
    private readonly FrontPages _pages;
    private readonly FrontKey _key;
    private readonly StoreRead _read;
    private readonly ArrayBufferWriter<byte> _body = new();
    private KeyValuePair<string, StringValues>[]? _headers;
    private long _createdTicks;
    private long? _length;
    private Memory<byte> _lent;
    private Stream? _stream;

    private FrontPageCapture(IHttpResponseBodyFeature inner, HttpContext context, FrontPages pages, FrontKey key, StoreRead read)
    {
        _inner = inner;
        _context = context;
        _pages = pages;
        _key = key;
        _read = read;
    }

    /// <summary>Called by the store as the output cache's lookup finds an entry.</summary>
    public static void Remember(HttpContext context, string key, byte[] entry) => context.Items[StoreReadKey] = new StoreRead(key, entry);

    /// <summary>
    /// Called as the output cache serves a hit, before it sets the entry's status and headers: a request that may be
    /// answered in front gets its page kept. (A response with headers already set would mix them with the entry's.)
    /// The pages are asked for here, not given to the policy: the output cache's options, which hold the policy, are
    /// read to make its store, which the pages use.
    /// </summary>
    public static void Begin(HttpContext context)
    {
        if (context.Items[StoreReadKey] is StoreRead read && context.Response.Headers.Count == 0
            && context.RequestServices.GetRequiredService<FrontPages>() is var pages && pages.KeyOf(context) is { } key)
        {
            var inner = context.Features.Get<IHttpResponseBodyFeature>()!;
            context.Features.Set<IHttpResponseBodyFeature>(new FrontPageCapture(inner, context, pages, key, read));
        }
    }

    PipeWriter IHttpResponseBodyFeature.Writer => this;

    Stream IHttpResponseBodyFeature.Stream => _stream ??= this.AsStream(leaveOpen: true);

    void IHttpResponseBodyFeature.DisableBuffering() => _inner.DisableBuffering();

    Task IHttpResponseBodyFeature.StartAsync(CancellationToken cancellationToken)
    {
        NoteHeaders();
        return _inner.StartAsync(cancellationToken);
    }

    Task IHttpResponseBodyFeature.SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken)
    {
        _length = null;
        return _inner.SendFileAsync(path, offset, count, cancellationToken);
    }

    Task IHttpResponseBodyFeature.CompleteAsync() => _inner.CompleteAsync();

    /// <summary>The entry's status and headers, as the cache set them; its <c>Age</c> tells when the entry was made.</summary>
    private void NoteHeaders()
    {
        if (_headers is not null)
        {
            return;
        }

        var response = _context.Response;
        var now = DateTimeOffset.UtcNow.UtcTicks;
        _createdTicks = long.TryParse(response.Headers.Age, NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? now - age * TimeSpan.TicksPerSecond : now;
        _headers = response.Headers.Where(h => !string.Equals(h.Key, "Age", StringComparison.OrdinalIgnoreCase)).ToArray();
        // Without a length the end of the body is not known; the cache gives its entries one.
        _length = response.HasStarted ? null : response.ContentLength;
    }

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        NoteHeaders();
        _lent = _inner.Writer.GetMemory(sizeHint);
        return _lent;
    }

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void Advance(int bytes)
    {
        // Copied before the writer beneath replaces the placeholders in place.
        if (_length is { } length && _body.WrittenCount + bytes <= length)
        {
            _body.Write(_lent.Span[..bytes]);
            if (_body.WrittenCount == length)
            {
                Keep();
                _length = null;
            }
        }

        _lent = default;
        _inner.Writer.Advance(bytes);
    }

    private void Keep()
    {
        var body = _body.WrittenSpan;
        // The store's entry holds the body whole when the cache wrote it in one piece: the page then refers to it, not to a copy.
        var at = _read.Entry.AsSpan().IndexOf(body);
        var kept = at >= 0 ? _read.Entry.AsMemory(at, body.Length) : body.ToArray();
        var spots = NonceSpots.Of(body, _context.Response);
        _pages.Keep(_key, new FrontPage(_read.Key, _read.Entry, _context.Response.StatusCode, _headers!, kept, bodyCopied: at < 0, spots, _createdTicks));
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => _inner.Writer.FlushAsync(cancellationToken);

    public override void CancelPendingFlush() => _inner.Writer.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => _inner.Writer.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => _inner.Writer.CompleteAsync(exception);

    public override bool CanGetUnflushedBytes => _inner.Writer.CanGetUnflushedBytes;

    public override long UnflushedBytes => _inner.Writer.UnflushedBytes;
}
