using System.Collections.Concurrent;
using GiaVien.Cms.Web.Security.Csp;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// Nonces drawn from batches of random bytes are still each of their own: never repeated, within a batch, across
/// refills or across threads, and always the length of the placeholder they replace in cached pages.
/// </summary>
public sealed class NonceSourceTests
{
    [Fact]
    public void Nonces_drawn_through_many_batches_never_repeat_and_keep_their_form()
    {
        var nonces = Enumerable.Range(0, 1000).Select(_ => NonceSource.Next()).ToList();

        Assert.Equal(nonces.Count, nonces.Distinct(StringComparer.Ordinal).Count());
        Assert.All(nonces, nonce =>
        {
            Assert.Equal(CspNonce.Placeholder.Length, nonce.Length);
            Assert.Matches("^[A-Za-z0-9_-]+$", nonce);
        });
    }

    [Fact]
    public void Threads_drawing_at_once_never_get_the_same_nonce()
    {
        var nonces = new ConcurrentBag<string>();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (var i = 0; i < 300; i++)
            {
                nonces.Add(NonceSource.Next());
            }
        });

        Assert.Equal(nonces.Count, nonces.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_policy_names_the_responses_nonce_for_scripts_and_styles_and_nothing_else_changes()
    {
        var nonce = NonceSource.Next();

        Assert.StartsWith($"default-src 'self'; script-src 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}' 'sha256-",
            ContentSecurityPolicies.PublicPage(nonce), StringComparison.Ordinal);
        Assert.EndsWith("'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
            ContentSecurityPolicies.PublicPage(nonce), StringComparison.Ordinal);
        Assert.Equal(
            $"default-src 'self'; script-src 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data: blob: https:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            ContentSecurityPolicies.AdminPage(nonce));
    }
}
