using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data;
using GiaVien.Cms.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Api;

/// <summary>
/// <c>/api/news</c>: published news of the tenant for anyone (read, with the news' own summary and detail), and,
/// with a personal API token, the writes of <c>/api/content/DistrictNews</c> (<see cref="ContentApiWriter"/>, the
/// one write path) taking the news' own input. Errors are RFC 7807 problem details in Vietnamese.
/// </summary>
public static class NewsApiEndpoints
{
    private const int MaxPageSize = 50;

    public static void MapNewsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/news");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id}", GetAsync);

        var write = api.MapContentWrites(_ => NewsPart.TypeName);
        write.MapPost("/", (NewsInput input, HttpContext http, ContentApiWriter writer) => writer.CreateAsync(http, NewsPart.TypeName, input.ToItem));
        write.MapPut("/{id}", (string id, NewsInput input, HttpContext http, ContentApiWriter writer) =>
            writer.SaveAsync(http, NewsPart.TypeName, id, input.ExpectedVersion, input.ToItem));
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
            return ContentApiProblems.Problem(StatusCodes.Status404NotFound, "Không tìm thấy", $"Không có tin đã xuất bản mang mã \"{id}\".");
        }

        var item = ContentItemMapper.ToItem(record);
        var date = NewsPresenter.DisplayDate(item);
        var news = item.As<NewsPart>();
        return Results.Ok(new NewsDetailDto(item.ContentItemId, item.DisplayText, $"{http.Request.PathBase}/{item.RoutePath}", news.Lead,
            news.Body ?? "", news.Byline, news.Source, date, VietnameseDates.DateTimeLine(date),
            record.Terms.Select(t => t.TermContentItemId).ToList(), record.Number));
    }

}
