using System.Text.Json.Nodes;
using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Web.Security;
using GiaVien.Cms.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Api;

/// <summary>
/// <c>/api/news</c>: published news of the tenant for anyone (read), and, with a personal API token, the same
/// create/save/submit/publish/unpublish operations as the editor, under the same permissions and workflow.
/// Errors are RFC 7807 problem details in Vietnamese.
/// </summary>
public static class NewsApiEndpoints
{
    private const int MaxPageSize = 50;

    public static void MapNewsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/news");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id}", GetAsync);

        var write = api.MapGroup("").RequireAuthorization(CmsSecurity.ApiPolicy);
        write.MapPost("/", CreateAsync);
        write.MapPut("/{id}", SaveAsync);
        write.MapPost("/{id}/submit", (string id, HttpContext http, ContentWorkflow workflow, SiteSettingsStore settings, ContentVersions versions) =>
            ActAsync(id, ContentAction.Submit, http, settings, versions, () => workflow.SubmitAsync(id, http.User.Name(), http.RequestAborted)));
        write.MapPost("/{id}/publish", (string id, HttpContext http, ContentPublisher publisher, SiteSettingsStore settings, ContentVersions versions) =>
            ActAsync(id, ContentAction.Publish, http, settings, versions, () => publisher.PublishAsync(id, http.User.Name(), http.RequestAborted)));
        write.MapPost("/{id}/unpublish", (string id, HttpContext http, ContentPublisher publisher, SiteSettingsStore settings, ContentVersions versions) =>
            ActAsync(id, ContentAction.Unpublish, http, settings, versions, () => publisher.UnpublishAsync(id, http.User.Name(), http.RequestAborted)));
    }

    private static async Task<IResult> ListAsync(HttpContext http, CmsDbContext db, int page = 1, int pageSize = 20)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var query = db.ContentItems.AsNoTracking().Where(i => i.Published && i.ContentType == NewsPart.TypeName);
        var total = await query.CountAsync(http.RequestAborted);
        var records = await query.NewestFirst()
            .Skip((page - 1) * pageSize).Take(pageSize).Include(i => i.Terms).ToListAsync(http.RequestAborted);
        var basePath = http.Request.PathBase.Value ?? "";
        var items = records.Select(r =>
        {
            var item = ContentItemMapper.ToItem(r);
            var date = NewsPresenter.DisplayDate(item);
            return new NewsSummaryDto(item.ContentItemId, item.DisplayText, $"{basePath}/{item.RoutePath}", item.As<NewsPart>().Lead,
                date, VietnameseDates.DateLine(date), r.Terms.Select(t => t.TermContentItemId).ToList());
        }).ToList();
        return Results.Ok(new NewsPageDto(total, page, pageSize, items));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, CmsDbContext db)
    {
        var record = await db.ContentItems.AsNoTracking().Include(i => i.Terms)
            .SingleOrDefaultAsync(i => i.ContentItemId == id && i.Published && i.ContentType == NewsPart.TypeName, http.RequestAborted);
        if (record is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Không tìm thấy", $"Không có tin đã xuất bản mang mã \"{id}\".");
        }

        var item = ContentItemMapper.ToItem(record);
        var date = NewsPresenter.DisplayDate(item);
        var news = item.As<NewsPart>();
        return Results.Ok(new NewsDetailDto(item.ContentItemId, item.DisplayText, $"{http.Request.PathBase}/{item.RoutePath}", news.Lead,
            news.Body ?? "", news.Byline, news.Source, date, VietnameseDates.DateTimeLine(date),
            record.Terms.Select(t => t.TermContentItemId).ToList(), record.Number));
    }

    private static async Task<IResult> CreateAsync(NewsInput input, HttpContext http, ContentManager manager, ContentDefinitionStore definitionStore, StoredContentReferences references)
    {
        if (!ContentPermissions.Can(http.User.Permissions(), http.User.Name(), ContentAction.Create, null, reviewRequired: true, contentType: NewsPart.TypeName))
        {
            return Forbidden();
        }

        var item = ToItem(ContentManager.NewId(), input);
        return await SaveOrProblemAsync(async definitions =>
            await manager.CreateAsync(item, definitions, references, http.User.Name(), http.RequestAborted), definitionStore, http, created: true);
    }

    private static async Task<IResult> SaveAsync(string id, NewsInput input, HttpContext http, ContentManager manager, ContentVersions versions,
        ContentDefinitionStore definitionStore, StoredContentReferences references)
    {
        var latest = await versions.LatestAsync(id, http.RequestAborted);
        if (latest is null || latest.DeletedUtc is not null || latest.ContentType != NewsPart.TypeName)
        {
            return Problem(StatusCodes.Status404NotFound, "Không tìm thấy", $"Không có tin mang mã \"{id}\".");
        }

        if (!ContentPermissions.Can(http.User.Permissions(), http.User.Name(), ContentAction.Edit, latest.Owner, reviewRequired: true, contentType: latest.ContentType))
        {
            return Forbidden();
        }

        if (input.ExpectedVersion is not { } expected)
        {
            return Problem(StatusCodes.Status400BadRequest, "Thiếu phiên bản", "Hãy gửi expectedVersion: số phiên bản mà bạn đã sửa từ đó.");
        }

        var item = ToItem(id, input);
        return await SaveOrProblemAsync(async definitions =>
            await manager.SaveDraftAsync(item, expected, definitions, references, http.User.Name(), http.RequestAborted), definitionStore, http, created: false);
    }

    private static async Task<IResult> SaveOrProblemAsync(Func<ContentDefinitions, Task<ContentItem>> save, ContentDefinitionStore definitionStore, HttpContext http, bool created)
    {
        try
        {
            var saved = await save(await definitionStore.LoadAsync(http.RequestAborted));
            var number = await http.RequestServices.GetRequiredService<ContentVersions>().LatestAsync(saved.ContentItemId, http.RequestAborted);
            var dto = new SavedDto(saved.ContentItemId, number!.Number);
            return created ? Results.Created($"{http.Request.PathBase}/api/news/{saved.ContentItemId}", dto) : Results.Ok(dto);
        }
        catch (ContentValidationException e)
        {
            return Results.ValidationProblem(e.Errors.GroupBy(x => x.Path).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()),
                detail: "Tin chưa được lưu: một số trường chưa hợp lệ.", title: "Dữ liệu không hợp lệ", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        catch (ContentConflictException e)
        {
            return Problem(StatusCodes.Status409Conflict, "Xung đột phiên bản", e.Message);
        }
        catch (ContentException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "Không thực hiện được", e.Message);
        }
    }

    private static async Task<IResult> ActAsync(string id, ContentAction action, HttpContext http, SiteSettingsStore settings, ContentVersions versions, Func<Task> run)
    {
        var latest = await versions.LatestAsync(id, http.RequestAborted);
        if (latest is null || latest.DeletedUtc is not null)
        {
            return Problem(StatusCodes.Status404NotFound, "Không tìm thấy", $"Không có tin mang mã \"{id}\".");
        }

        var reviewRequired = await settings.ReviewRequiredAsync(http.RequestAborted);
        var everPublished = await versions.PublishedAsync(id, http.RequestAborted) is not null;
        if (!ContentPermissions.Can(http.User.Permissions(), http.User.Name(), action, latest.Owner, reviewRequired, everPublished, latest.ContentType))
        {
            return Forbidden();
        }

        try
        {
            await run();
            return Results.NoContent();
        }
        catch (ContentConflictException e)
        {
            return Problem(StatusCodes.Status409Conflict, "Xung đột phiên bản", e.Message);
        }
        catch (ContentException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "Không thực hiện được", e.Message);
        }
    }

    private static ContentItem ToItem(string id, NewsInput input)
    {
        var news = new NewsPart
        {
            Lead = input.Lead, Body = input.BodyHtml, Byline = input.Byline, Source = input.Source, TermIds = input.Categories ?? [],
            ShareWithDistrict = input.ShareWithDistrict ?? false, DisplayDateUtc = input.DisplayDate?.UtcDateTime,
        };
        var content = new JsonObject { [BuiltInParts.Title] = new JsonObject { ["Title"] = input.Title }, [NewsPart.Name] = news.ToJson() };
        if (!string.IsNullOrWhiteSpace(input.Slug))
        {
            content[BuiltInParts.Autoroute] = new JsonObject { ["Path"] = "tin-tuc/" + VietnameseText.Slugify(input.Slug) };
        }

        return new ContentItem { ContentItemId = id, ContentType = NewsPart.TypeName, Content = content };
    }

    private static IResult Forbidden() =>
        Problem(StatusCodes.Status403Forbidden, "Không có quyền", "Tài khoản của mã truy cập này không được phép thực hiện thao tác này.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail: Data.Text.BidiControls.Strip(detail), title: title, statusCode: status);
}
