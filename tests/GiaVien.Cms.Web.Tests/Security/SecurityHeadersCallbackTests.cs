using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// Every response's security headers and its Content-Security-Policy are set by one callback as the response starts:
/// each callback registered costs every response, a cached hit's too, a registration and a call.
/// </summary>
public sealed class SecurityHeadersCallbackTests
{
    [Fact]
    public async Task One_callback_sets_the_page_s_policy_with_its_nonce_and_the_other_headers()
    {
        var response = new StartingCallbacks();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseFeature>(response);

        await new SecurityHeaders(http =>
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            return Task.CompletedTask;
        }).InvokeAsync(context);
        await response.StartAsync();

        Assert.Equal(1, response.Registered);
        var headers = context.Response.Headers;
        Assert.StartsWith("default-src 'self'; script-src 'nonce-", headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal(SecurityHeaders.ReferrerPolicy, headers["Referrer-Policy"].ToString());
        Assert.False(headers.ContainsKey("Strict-Transport-Security"));
    }

    /// <summary>The response feature of a server, as far as its start callbacks go: kept as registered, run last first.</summary>
    private sealed class StartingCallbacks : HttpResponseFeature
    {
        private readonly Stack<(Func<object, Task> Callback, object State)> _callbacks = new();

        public int Registered { get; private set; }

        public override void OnStarting(Func<object, Task> callback, object state)
        {
            Registered++;
            _callbacks.Push((callback, state));
        }

        public async Task StartAsync()
        {
            while (_callbacks.TryPop(out var registered))
            {
                await registered.Callback(registered.State);
            }
        }
    }
}
