using System.Buffers;
using System.Text;

namespace GiaVien.Cms.Themes;

/// <summary>
/// A page rendered as UTF-8, the product's head not yet in place: the layout's bytes and, after them in the same rented
/// buffer, the head's, which are written before the layout's first <c>&lt;/head&gt;</c>. So the response is written from
/// the one buffer in three copies, with no string of the whole page. Disposing gives the buffer back to the pool; a page
/// not disposed is left to the collector.
/// </summary>
public sealed class RenderedPage : IDisposable
{
    private byte[]? _buffer;
    private readonly int _pageLength;
    private readonly int _headAt;
    private readonly int _headLength;

    internal RenderedPage(byte[] buffer, int pageLength, int headAt, int headLength)
    {
        _buffer = buffer;
        _pageLength = pageLength;
        _headAt = headAt;
        _headLength = headLength;
    }

    /// <summary>The page's length in bytes, its Content-Length.</summary>
    public int Length => _pageLength + _headLength;

    /// <summary>Copies the page into <paramref name="writer"/>: the layout up to its head's end, the product's head, the rest.</summary>
    public void CopyTo(IBufferWriter<byte> writer)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(RenderedPage));
        writer.Write(buffer.AsSpan(0, _headAt));
        writer.Write(buffer.AsSpan(_pageLength, _headLength));
        writer.Write(buffer.AsSpan(_headAt, _pageLength - _headAt));
    }

    /// <summary>The page as text (tests, the status pages). The head goes in before an ASCII '&lt;', so no character is cut.</summary>
    public override string ToString()
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(RenderedPage));
        return string.Concat(Encoding.UTF8.GetString(buffer, 0, _headAt), Encoding.UTF8.GetString(buffer, _pageLength, _headLength),
            Encoding.UTF8.GetString(buffer, _headAt, _pageLength - _headAt));
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
