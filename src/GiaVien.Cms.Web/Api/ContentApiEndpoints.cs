using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Api;

/// <summary>
/// <c>/api/content/{type}</c>: the published items of any type with a public address, newest first, each with its
/// fields' values as stored, for anyone; and, with a personal API token, the editor's create, save, submit, publish
/// and unpublish under the same permissions per type and workflow (<see cref="ContentApiWriter"/>). A type the
/// tenant does not have, or whose feature is disabled, answers 404.
/// </summary>
public static class ContentApiEndpoints
{
    private const int MaxPageSize = 50;

    public static void MapContentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/content/{type}");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id}", GetAsync);
        var write = api.MapContentWrites(http => (string)http.GetRouteValue("type")!);
        write.MapPost("/", (string type, ContentInput input, HttpContext http, ContentApiWriter writer) => writer.CreateAsync(http, type, input.ToItem));
        write.MapPut("/{id}", (string type, string id, ContentInput input, HttpContext http, ContentApiWriter writer) =>
            writer.SaveAsync(http, type, id, input.ExpectedVersion, input.ToItem));
    }

    private static async Task<IResult> ListAsync(string type, HttpContext http, CmsDbContext db, ContentDefinitionStore store, int page = 1, int pageSize = 20)
    {
        var definitions = await store.LoadAsync(http.RequestAborted);
        if (PublicType(definitions, type) is not { } definition)
        {
            return ContentApiProblems.UnknownType(type);
        }

        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var query = db.ContentItems.AsNoTracking().Where(i => i.Published && i.ContentType == definition.Name);
        var total = await query.CountAsync(http.RequestAborted);
        var records = await query.NewestFirst().Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(http.RequestAborted);
        return Results.Ok(new ContentPageDto(total, page, pageSize, records.Select(r => ToDto(r, definitions, definition, http)).ToList()));
    }

    private static async Task<IResult> GetAsync(string type, string id, HttpContext http, CmsDbContext db, ContentDefinitionStore store)
    {
        var definitions = await store.LoadAsync(http.RequestAborted);
        if (PublicType(definitions, type) is not { } definition)
        {
            return ContentApiProblems.UnknownType(type);
        }

        var record = await db.ContentItems.AsNoTracking()
            .SingleOrDefaultAsync(i => i.ContentItemId == id && i.Published && i.ContentType == definition.Name, http.RequestAborted);
        return record is null
            ? ContentApiProblems.Problem(StatusCodes.Status404NotFound, "Không tìm thấy", $"Không có nội dung đã xuất bản mang mã \"{id}\".")
            : Results.Ok(ToDto(record, definitions, definition, http));
    }

    /// <summary>Only types with a public address are read and written here: the API shows what the site shows.</summary>
    public static ContentTypeDefinition? PublicType(ContentDefinitions definitions, string type) =>
        definitions.FindType(type) is { } definition && definition.Parts.Contains(BuiltInParts.Autoroute, StringComparer.Ordinal) ? definition : null;

    private static ContentDto ToDto(ContentItemRecord record, ContentDefinitions definitions, ContentTypeDefinition type, HttpContext http)
    {
        var item = ContentItemMapper.ToItem(record);
        var date = DisplayDates.Of(item);
        var fields = new JsonObject();
        // A name two parts share shows the first part's value, the one a write of that name sets.
        foreach (var (part, field, kind) in definitions.FieldsOf(type).Where(f => !fields.ContainsKey(f.Field.Name)))
        {
            fields[field.Name] = item.Part(part)?[field.Name]?[kind.ValueKey]?.DeepClone();
        }

        return new ContentDto(item.ContentItemId, item.ContentType, item.DisplayText, $"{http.Request.PathBase}/{item.RoutePath}", date,
            VietnameseDates.DateLine(date), record.Number, fields);
    }
}

/// <summary>A published item: its fields by name, each the value its kind stores (text, HTML, a date, a list of paths…).</summary>
public sealed record ContentDto(string Id, string Type, string Title, string Url, DateTime Date, string DateLine, int Version, JsonObject Fields);

public sealed record ContentPageDto(int Total, int Page, int PageSize, IReadOnlyList<ContentDto> Items);
