namespace GiaVien.Cms.Web.Site.Caching.Front;

/// <summary>
/// What tells two pages apart in front of the pipeline: the tenant's name (so two tenants with the same paths never
/// share a page; its name, not its shell, so that kept pages do not hold a released tenant's shell), and what the
/// output cache's key holds for a request without a query: scheme, host, path base, path, and whether the page is
/// stored gzip-compressed.
/// </summary>
internal readonly record struct FrontKey(string Tenant, string Scheme, string Host, string PathBase, string Path, bool Gzip);
