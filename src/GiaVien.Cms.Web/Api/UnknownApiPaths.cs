namespace GiaVien.Cms.Web.Api;

public static class UnknownApiPaths
{
    /// <summary>
    /// An address under <c>/api</c> that no endpoint answers is the API's own 404 (problem details, see
    /// <see cref="ApiErrors"/>), not the site's HTML page that the public catch-all route would render. Only reads are
    /// taken, so a write to an unknown address still gets its 405.
    /// </summary>
    public static void MapUnknownApiPaths(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/api/{**rest}", [HttpMethods.Get, HttpMethods.Head], () => Results.NotFound());
}
