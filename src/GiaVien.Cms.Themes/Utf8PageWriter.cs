using System.Buffers;
using System.Text;

namespace GiaVien.Cms.Themes;

/// <summary>
/// A <see cref="TextWriter"/> that encodes what the layout writes to UTF-8 as it is written, into one buffer rented from
/// <see cref="ArrayPool{T}.Shared"/> (doubled when full): the page's bytes are made once, where a string writer built the
/// page as text that was then copied into one string, again with the product's head, and encoded to UTF-8 for the
/// response after a pass counting its bytes. <see cref="ToPage"/> hands the buffer on to the page.
/// </summary>
internal sealed class Utf8PageWriter : TextWriter
{
    // A district home is some 24 KB, an article 20 KB: most pages fit the first buffer.
    private const int InitialSize = 32 * 1024;

    // Room for at least one character's bytes (four) and a surrogate pair kept from the write before.
    private const int LeastFree = 8;

    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _length;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> text)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(Utf8PageWriter));
        while (true)
        {
            if (buffer.Length - _length < LeastFree)
            {
                buffer = Grow(text.Length);
            }

            // Not flushed: a high surrogate at the end of a write waits in the encoder for its pair.
            _encoder.Convert(text, buffer.AsSpan(_length), flush: false, out var used, out var written, out _);
            _length += written;
            if (used == text.Length)
            {
                return;
            }

            text = text[used..];
            buffer = Grow(text.Length);
        }
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    private byte[] Grow(int pending)
    {
        var old = _buffer!;
        var grown = ArrayPool<byte>.Shared.Rent(Math.Max(old.Length * 2, _length + Encoding.UTF8.GetMaxByteCount(Math.Min(pending, 64 * 1024))));
        old.AsSpan(0, _length).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(old);
        return _buffer = grown;
    }

    /// <summary>
    /// The page written so far with <paramref name="productHead"/> before its first <c>&lt;/head&gt;</c> (in front of it all
    /// when it has none); the buffer goes to the page, and this writer is done.
    /// </summary>
    public RenderedPage ToPage(string productHead)
    {
        EndText();
        var pageLength = _length;
        var headAt = productHead.Length == 0 ? pageLength : HeadEnd(_buffer.AsSpan(0, pageLength));
        Write(productHead);
        EndText();
        var page = new RenderedPage(_buffer!, pageLength, headAt, _length - pageLength);
        _buffer = null;
        return page;
    }

    /// <summary>Writes what the encoder still holds: a lone high surrogate at the end, as the replacement character (as encoding a string does).</summary>
    private void EndText()
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(Utf8PageWriter));
        if (buffer.Length - _length < LeastFree)
        {
            buffer = Grow(0);
        }

        _length += _encoder.GetBytes([], buffer.AsSpan(_length), flush: true);
    }

    /// <summary>Where the first <c>&lt;/head&gt;</c> starts, in any case of letters (as the text's ordinal ignoring case would find it); 0 when there is none.</summary>
    private static int HeadEnd(ReadOnlySpan<byte> page)
    {
        var tag = "</head>"u8;
        for (var from = 0; ;)
        {
            var at = page[from..].IndexOf("</"u8);
            if (at < 0)
            {
                return 0;
            }

            at += from;
            if (page.Length - at >= tag.Length && System.Text.Ascii.EqualsIgnoreCase(page.Slice(at, tag.Length), tag))
            {
                return at;
            }

            from = at + 2;
        }
    }

    /// <summary>
    /// Gives the buffer back when no page is made of it (the render failed). Not <see cref="TextWriter.Dispose()"/>: Fluid
    /// disposes the writer it rendered to, and the buffer then still has a page to become.
    /// </summary>
    public void Release()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
