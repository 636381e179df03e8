using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using GiaVien.Cms.Web.Site.Caching;
using GiaVien.Cms.Web.Site.Caching.Compression;

namespace GiaVien.Cms.Web.Security.Csp;

/// <summary>
/// Replaces <see cref="CspNonce.Placeholder"/> by the response's nonce in an HTML body as it is written, in the
/// server's own buffers: callers get memory of the inner writer and the placeholder is overwritten there before it is
/// committed, so no byte is copied and a body that is not HTML goes straight through. The placeholder and the nonce
/// have the same length, so a Content-Length stays true. When a write ends with the beginning of a placeholder, those
/// few bytes are held back and put in front of the next write (or written at the end), so a placeholder cut between
/// two writes is still found. The product writes the nonce only in &lt;head&gt; (see PageHead), so once the head has
/// ended the rest of the page is passed on untouched. A page the output cache keeps compressed (gzip whose head is
/// stored as written, see <see cref="SplicedGzip"/>) gets its nonce the same way, in the server's buffers, and its
/// trailer the CRC that goes with it (<see cref="SplicedGzipNonce"/>); being encoded already, it is written to the
/// server's body beneath per-response compression (<see cref="BodyBeneathCompression"/>), which would only pass it on.
/// </summary>
/// <param name="next">The body feature this writer was put in front of; its writer is asked for only when used.</param>
internal sealed class NonceSubstitutionWriter(IHttpResponseBodyFeature next, HttpContext context) : PipeWriter
{
    private static readonly byte[] Placeholder = CspNonce.PlaceholderBytes;
    private static readonly byte[] HeadEnd = "</head>"u8.ToArray();

    private readonly byte[] _held = new byte[Math.Max(Placeholder.Length - 1, SplicedGzipNonce.MostHeld)];
    private int _heldCount;
    private Memory<byte> _lent;
    private bool? _scanning;
    private bool _replacedAny;
    private string? _nonce;
    private bool _startChecked;
    private Task? _starting;
    private PipeWriter? _inner;

    /// <summary>The body goes to the server's writer beneath compression, whose completion (and flush) it skips.</summary>
    private bool _writesBeneath;

    /// <summary>Bytes went beneath compression after the last flush: the end must flush them, since nothing above will.</summary>
    private bool _unflushedBeneath;

    private PipeWriter Inner => _inner ??= next.Writer;

    /// <summary>A page compressed for the cache (<see cref="SplicedGzip"/>).</summary>
    private SplicedGzipNonce? _gzip;

    private bool Scanning => _scanning ??= StartScanning();

    /// <summary>Whether the body is a page stored compressed; see <see cref="IsStoredCompressed"/>.</summary>
    private bool? _storedCompressed;

    /// <summary>
    /// Whether the body is a page the output cache stored compressed (<see cref="SplicedGzip"/>), read from the response's
    /// Content-Encoding before the response first reaches per-response compression (its start, or its first write):
    /// compressing a page itself, the framework sets the same header as it starts, and that page is plain HTML.
    /// </summary>
    internal bool IsStoredCompressed() => _storedCompressed ??= context.Response.Headers.ContentEncoding == SplicedGzip.Encoding;

    private bool StartScanning()
    {
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
        {
            return false;
        }

        if (IsStoredCompressed())
        {
            _gzip = new SplicedGzipNonce(CspNonce.Of(context), context.Response.ContentLength);
            // Nothing was written yet (this is the first write), so no byte can be left behind in the writer above.
            if (BodyBeneathCompression.Of(context) is { } beneath && beneath != next)
            {
                _inner = beneath.Writer;
                _writesBeneath = true;
            }
        }

        return true;
    }

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (!_startChecked)
        {
            StartCachedResponse();
        }

        if (!Scanning)
        {
            return Inner.GetMemory(sizeHint);
        }

        // The held bytes go first in the inner buffer; the caller writes after them.
        _lent = Inner.GetMemory(Math.Max(sizeHint, 1) + _heldCount);
        _held.AsSpan(0, _heldCount).CopyTo(_lent.Span);
        return _lent[_heldCount..];
    }

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void Advance(int bytes)
    {
        if (!Scanning)
        {
            Inner.Advance(bytes);
            return;
        }

        var text = _lent.Span[..(_heldCount + bytes)];
        if (_gzip is not null)
        {
            Commit(text, _gzip.Pass(text));
            return;
        }

        var afterLast = Replace(text);
        // The product's head ends with its nonce'd elements and then </head>: no placeholder can follow. (A "</head>"
        // before them, say in an attribute value of a tenant's layout, does not count.)
        _replacedAny |= afterLast >= 0;
        var headDone = _replacedAny && text[Math.Max(0, afterLast)..].IndexOf(HeadEnd) >= 0;
        _scanning = !headDone;
        Commit(text, headDone ? 0 : CspNonce.PlaceholderStartAtEnd(text));
    }

    /// <summary>Passes <paramref name="text"/> on to the server but for the last <paramref name="hold"/> bytes, which are kept for later.</summary>
    private void Commit(Span<byte> text, int hold)
    {
        text[^hold..].CopyTo(_held);
        _heldCount = hold;
        _lent = default;
        Inner.Advance(text.Length - hold);
        _unflushedBeneath = _writesBeneath;
    }

    /// <summary>
    /// The response's start, when <see cref="StartCachedResponse"/> began one that did not finish at once (a response
    /// callback that awaits); completed otherwise. To be awaited before the request ends.
    /// </summary>
    public Task Started => _starting ?? Task.CompletedTask;

    /// <summary>
    /// A page from the output cache has all its headers set before its body is written (<see cref="ServedFromCache"/>):
    /// start the response now, so the server writes the body into the connection's buffers instead of holding it in a
    /// buffer of its own and copying it there when the headers go out.
    /// </summary>
    private void StartCachedResponse()
    {
        _startChecked = true;
        if (!context.Response.HasStarted && ServedFromCache.Is(context))
        {
            var starting = context.Response.StartAsync();
            _starting = starting.IsCompletedSuccessfully ? null : starting;
        }
    }

    /// <summary>Writes what was held back; called once the body is complete.</summary>
    public void ReleaseHeld()
    {
        if (_heldCount > 0)
        {
            _gzip?.Finish(_held.AsSpan(0, _heldCount));
            Inner.Write(_held.AsSpan(0, _heldCount));
            _heldCount = 0;
            _unflushedBeneath = _writesBeneath;
        }
    }

    /// <summary>Ends the body: writes what was held back, and flushes what went beneath compression and is not flushed yet.</summary>
    public ValueTask EndAsync()
    {
        ReleaseHeld();
        return _unflushedBeneath ? FlushBeneathAsync() : default;
    }

    private async ValueTask FlushBeneathAsync() => await FlushAsync(context.RequestAborted);

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        _unflushedBeneath = false;
        return Inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => Inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        ReleaseHeld();
        Inner.Complete(exception);
    }

    public override ValueTask CompleteAsync(Exception? exception = null)
    {
        ReleaseHeld();
        return Inner.CompleteAsync(exception);
    }

    public override bool CanGetUnflushedBytes => Inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => Inner.UnflushedBytes + _heldCount;

    /// <summary>
    /// Replaces the placeholders up to the end of the head: after one was replaced, the next is looked for only before
    /// the next "&lt;/head&gt;", so a cached page written in one piece is read as far as its head, not to its end.
    /// </summary>
    /// <returns>Where the last placeholder replaced ends, or -1 when there was none.</returns>
    private int Replace(Span<byte> text)
    {
        var afterLast = -1;
        for (var at = NextPlaceholder(text, afterLast); at >= 0; at = NextPlaceholder(text, afterLast))
        {
            _nonce ??= CspNonce.Of(context);
            Encoding.ASCII.GetBytes(_nonce, text.Slice(at, Placeholder.Length));
            afterLast = at + Placeholder.Length;
        }

        return afterLast;
    }

    /// <summary>
    /// The next placeholder to replace: the first anywhere, then each one before the next "&lt;/head&gt;" after the one
    /// replaced last (which ends at <paramref name="afterLast"/>, -1 before the first); -1 when there is none.
    /// </summary>
    internal static int NextPlaceholder(ReadOnlySpan<byte> text, int afterLast) =>
        afterLast < 0 ? text.IndexOf(Placeholder) : NextBeforeHeadEnd(text, afterLast);

    private static int NextBeforeHeadEnd(ReadOnlySpan<byte> text, int from)
    {
        var rest = text[from..];
        var headEnd = rest.IndexOf(HeadEnd);
        var next = (headEnd >= 0 ? rest[..headEnd] : rest).IndexOf(Placeholder);
        return next >= 0 ? from + next : -1;
    }
}
