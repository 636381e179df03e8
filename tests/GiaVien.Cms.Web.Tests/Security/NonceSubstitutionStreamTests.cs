using System.Text;
using GiaVien.Cms.Web.Security.Csp;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>A cached page gets the response's nonce wherever the writes cut the placeholder, and nothing else changes.</summary>
public sealed class NonceSubstitutionStreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(23)]
    [InlineData(4096)]
    public async Task The_placeholder_is_replaced_wherever_the_writes_cut_it(int chunk)
    {
        var context = new DefaultHttpContext();
        context.Response.ContentType = "text/html; charset=utf-8";
        var page = $"<html><head><meta name=\"x\" content=\"</head>\"><style nonce=\"{CspNonce.Placeholder}\">:root{{}}</style>"
            + $"<script nonce=\"{CspNonce.Placeholder}\"></script></head><body>{new string('x', 9000)} Gia Hòa</body></html>";
        var bytes = Encoding.UTF8.GetBytes(page);
        using var output = new MemoryStream();
        var stream = new NonceSubstitutionStream(output, context);
        for (var at = 0; at < bytes.Length; at += chunk)
        {
            await stream.WriteAsync(bytes.AsMemory(at, Math.Min(chunk, bytes.Length - at)));
        }

        await stream.FinishAsync();
        var nonce = CspNonce.Of(context);
        Assert.NotEqual(CspNonce.Placeholder, nonce);
        Assert.Equal(page.Replace(CspNonce.Placeholder, nonce, StringComparison.Ordinal), Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task Responses_that_are_not_html_pass_untouched()
    {
        var context = new DefaultHttpContext();
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes($"{{\"nonce\":\"{CspNonce.Placeholder}\"}}");
        using var output = new MemoryStream();
        var stream = new NonceSubstitutionStream(output, context);
        await stream.WriteAsync(bytes);
        await stream.FinishAsync();
        Assert.Equal(bytes, output.ToArray());
    }
}
