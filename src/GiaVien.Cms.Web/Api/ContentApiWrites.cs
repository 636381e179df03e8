using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Web.Security;

namespace GiaVien.Cms.Web.Api;

/// <summary>
/// The writing half of a content API group, all on <see cref="ContentApiWriter"/>, for a group whose type is fixed
/// (<c>/api/news</c>) or read from the route (<c>/api/content/{type}</c>). The group maps its own create and save,
/// whose request body is its own (the endpoint's declared body is what the OpenAPI document describes).
/// </summary>
public static class ContentApiWrites
{
    /// <summary>The token-only sub-group that writes; submit, publish and unpublish are mapped here.</summary>
    public static RouteGroupBuilder MapContentWrites(this RouteGroupBuilder api, Func<HttpContext, string> typeOf)
    {
        var write = api.MapGroup("").RequireAuthorization(CmsSecurity.ApiPolicy);
        write.MapPost("/{id}/submit", (string id, HttpContext http, ContentApiWriter writer) => writer.ActAsync(http, typeOf(http), id, ContentAction.Submit));
        write.MapPost("/{id}/publish", (string id, HttpContext http, ContentApiWriter writer) => writer.ActAsync(http, typeOf(http), id, ContentAction.Publish));
        write.MapPost("/{id}/unpublish", (string id, HttpContext http, ContentApiWriter writer) => writer.ActAsync(http, typeOf(http), id, ContentAction.Unpublish));
        return write;
    }

    public static IServiceCollection AddContentApi(this IServiceCollection services) => services.AddScoped<ContentApiWriter>();
}
