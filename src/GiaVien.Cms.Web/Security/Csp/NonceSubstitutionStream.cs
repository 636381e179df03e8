using System.Buffers;
using System.Text;

namespace GiaVien.Cms.Web.Security.Csp;

/// <summary>
/// Replaces <see cref="CspNonce.Placeholder"/> by the response's nonce in an HTML body as it is written. The two
/// have the same length, so a Content-Length stays true. The last bytes of each write are held back until the next
/// one (or the end), so a placeholder cut between two writes is still found. The product writes the nonce only
/// in &lt;head&gt; (see PageHead), so once the head has ended the rest of the page is passed on untouched.
/// </summary>
internal sealed class NonceSubstitutionStream(Stream inner, HttpContext context) : Stream
{
    private static readonly byte[] Placeholder = Encoding.ASCII.GetBytes(CspNonce.Placeholder);
    private static readonly byte[] HeadEnd = "</head>"u8.ToArray();

    private readonly byte[] _held = new byte[Placeholder.Length - 1];
    private int _heldCount;
    private bool? _isHtml;
    private bool _headDone;
    private bool _replacedAny;
    private byte[]? _nonce;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _isHtml ??= context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        if (_isHtml == false || _headDone)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            return;
        }

        var length = _heldCount + buffer.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            _held.AsSpan(0, _heldCount).CopyTo(rented);
            buffer.Span.CopyTo(rented.AsSpan(_heldCount));
            var text = rented.AsSpan(0, length);
            var afterLast = Replace(text);
            // The product's head ends with its nonce'd elements and then </head>: no placeholder can follow. (A "</head>"
            // before them, say in an attribute value of a tenant's layout, does not count.)
            _replacedAny |= afterLast >= 0;
            _headDone = _replacedAny && text[Math.Max(0, afterLast)..].IndexOf(HeadEnd) >= 0;
            var ready = _headDone ? length : Math.Max(0, length - _held.Length);
            _heldCount = length - ready;
            rented.AsSpan(ready, _heldCount).CopyTo(_held);
            if (ready > 0)
            {
                await inner.WriteAsync(rented.AsMemory(0, ready), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Writes what was held back; called once the body is complete.</summary>
    public async Task FinishAsync()
    {
        if (_heldCount > 0)
        {
            await inner.WriteAsync(_held.AsMemory(0, _heldCount));
            _heldCount = 0;
        }
    }

    /// <returns>Where the last placeholder replaced ends, or -1 when there was none.</returns>
    private int Replace(Span<byte> text)
    {
        var afterLast = -1;
        for (var at = text.IndexOf(Placeholder); at >= 0; at = NextIndex(text, at + Placeholder.Length))
        {
            _nonce ??= Encoding.ASCII.GetBytes(CspNonce.Of(context));
            _nonce.CopyTo(text[at..]);
            afterLast = at + Placeholder.Length;
        }

        return afterLast;
    }

    private static int NextIndex(Span<byte> text, int from) => text[from..].IndexOf(Placeholder) is var i and >= 0 ? from + i : -1;

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
