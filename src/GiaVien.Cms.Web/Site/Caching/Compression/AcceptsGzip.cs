using System.Globalization;

namespace GiaVien.Cms.Web.Site.Caching.Compression;

/// <summary>
/// Whether a request's <c>Accept-Encoding</c> takes gzip (named, without <c>q=0</c>). Asked on every cached page, so it
/// reads the header in place instead of parsing it into objects; the output cache keys on the answer, not on the
/// header, so however clients spell it a page has at most two entries.
/// </summary>
internal static class AcceptsGzip
{
    public static bool Of(HttpRequest request)
    {
        foreach (var value in request.Headers.AcceptEncoding)
        {
            foreach (var range in (value ?? "").AsSpan().Split(','))
            {
                var coding = value.AsSpan()[range];
                var parameters = coding.IndexOf(';');
                var name = (parameters < 0 ? coding : coding[..parameters]).Trim();
                if (name.Equals(SplicedGzip.Encoding, StringComparison.OrdinalIgnoreCase))
                {
                    return parameters < 0 || !IsRefused(coding[(parameters + 1)..]);
                }
            }
        }

        return false;
    }

    /// <summary><c>q=0</c> (or <c>q=0.000</c>): the client refuses the coding.</summary>
    private static bool IsRefused(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var parameter = parameters[range].Trim();
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
            {
                return double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quality) && quality == 0;
            }
        }

        return false;
    }
}
