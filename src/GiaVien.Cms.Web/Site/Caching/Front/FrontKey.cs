using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site.Caching.Front;

/// <summary>
/// What tells two pages apart in front of the pipeline: the tenant's shell (so two tenants with the same paths never
/// share a page), and what the output cache's key holds for a request without a query: scheme, host, path base, path,
/// and whether the page is stored gzip-compressed.
/// </summary>
internal readonly record struct FrontKey(ShellContext Shell, string Scheme, string Host, string PathBase, string Path, bool Gzip);
