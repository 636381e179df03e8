using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// The framework's policy provider without its per-endpoint policy cache. That cache is built in the authorization
/// middleware's constructor from every endpoint, so it made the pipeline build every admin page's endpoint before the
/// server listened (a quarter of the main thread's work before <c>/health</c> in a restart's trace). Without it the
/// middleware combines an endpoint's policies on each request: nothing for public pages (no policy, which the cache
/// never stored either), a few dictionary look-ups for an admin or API request. The policies themselves are the same.
/// </summary>
public sealed class PoliciesCombinedPerRequest(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override bool AllowsCachingPolicies => false;
}
