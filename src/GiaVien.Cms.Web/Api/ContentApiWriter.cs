using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants.Settings;

namespace GiaVien.Cms.Web.Api;

/// <summary>
/// The one write path of the content API, for any type (<c>/api/content/{type}</c>, and <c>/api/news</c> which is
/// its alias for news): the editor's permissions per type, its workflow and its concurrency rule, with the content
/// manager doing validation, audit and the public change (cache eviction, search) as it does for the editor.
/// Errors are Vietnamese problem details: 400 for a value of the wrong shape, 403, 404, 409, 422 for field errors.
/// </summary>
public sealed class ContentApiWriter(
    ContentDefinitionStore definitionStore,
    ContentManager manager,
    ContentVersions versions,
    ContentWorkflow workflow,
    ContentPublisher publisher,
    SiteSettingsStore settings,
    StoredContentReferences references)
{
    /// <summary>Builds the item a request describes for a type; throws <see cref="ContentInputException"/> when it cannot.</summary>
    public delegate ContentItem ItemBuilder(string contentItemId, ContentTypeDefinition type, ContentDefinitions definitions);

    public async Task<IResult> CreateAsync(HttpContext http, string typeName, ItemBuilder build)
    {
        var definitions = await definitionStore.LoadAsync(http.RequestAborted);
        if (ContentApiEndpoints.PublicType(definitions, typeName) is not { } type)
        {
            return ContentApiProblems.UnknownType(typeName);
        }

        if (!type.Creatable || !Can(http, ContentAction.Create, owner: null, reviewRequired: true, everPublished: false, type.Name))
        {
            return ContentApiProblems.Forbidden();
        }

        var id = ContentManager.NewId();
        return await SaveOrProblemAsync(http, () => manager.CreateAsync(build(id, type, definitions), definitions, references, http.User.Name(), http.RequestAborted),
            saved => Results.Created($"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}/{saved.Id}", saved));
    }

    public async Task<IResult> SaveAsync(HttpContext http, string typeName, string id, int? expectedVersion, ItemBuilder build)
    {
        var (found, missing) = await FindAsync(http, typeName, id);
        if (found is null)
        {
            return missing!;
        }

        if (!Can(http, ContentAction.Edit, found.Latest.Owner, reviewRequired: true, everPublished: false, found.Type.Name))
        {
            return ContentApiProblems.Forbidden();
        }

        if (expectedVersion is not { } expected)
        {
            return ContentApiProblems.Problem(StatusCodes.Status400BadRequest, "Thiếu phiên bản", "Hãy gửi expectedVersion: số phiên bản mà bạn đã sửa từ đó.");
        }

        return await SaveOrProblemAsync(http, () => manager.SaveDraftAsync(build(id, found.Type, found.Definitions), expected, found.Definitions, references,
            http.User.Name(), http.RequestAborted), Results.Ok);
    }

    /// <summary>Submits, publishes or unpublishes the latest version of an item of the type, as the editor's buttons do.</summary>
    public async Task<IResult> ActAsync(HttpContext http, string typeName, string id, ContentAction action)
    {
        var (found, missing) = await FindAsync(http, typeName, id);
        if (found is null)
        {
            return missing!;
        }

        var reviewRequired = await settings.ReviewRequiredAsync(http.RequestAborted);
        var everPublished = await versions.PublishedAsync(id, http.RequestAborted) is not null;
        if (!Can(http, action, found.Latest.Owner, reviewRequired, everPublished, found.Type.Name))
        {
            return ContentApiProblems.Forbidden();
        }

        return await AnsweringProblemsAsync(async () =>
        {
            await RunAsync(action, id, http.User.Name(), http.RequestAborted);
            return Results.NoContent();
        });
    }

    /// <summary>The item's latest version, live and of the type asked for, or the 404 saying which of the two is missing.</summary>
    private async Task<(FoundItem? Found, IResult? Missing)> FindAsync(HttpContext http, string typeName, string id)
    {
        var definitions = await definitionStore.LoadAsync(http.RequestAborted);
        if (ContentApiEndpoints.PublicType(definitions, typeName) is not { } type)
        {
            return (null, ContentApiProblems.UnknownType(typeName));
        }

        var latest = await versions.LatestAsync(id, http.RequestAborted);
        return latest is null || latest.DeletedUtc is not null || latest.ContentType != type.Name
            ? (null, ContentApiProblems.UnknownItem(type, id))
            : (new FoundItem(definitions, type, latest), null);
    }

    private Task RunAsync(ContentAction action, string id, string userName, CancellationToken cancellationToken) => action switch
    {
        ContentAction.Submit => workflow.SubmitAsync(id, userName, cancellationToken),
        ContentAction.Publish => publisher.PublishAsync(id, userName, cancellationToken),
        ContentAction.Unpublish => publisher.UnpublishAsync(id, userName, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "The content API offers submit, publish and unpublish only."),
    };

    private static bool Can(HttpContext http, ContentAction action, string? owner, bool reviewRequired, bool everPublished, string type) =>
        ContentPermissions.Can(http.User.Permissions(), http.User.Name(), action, owner, reviewRequired, everPublished, type);

    private Task<IResult> SaveOrProblemAsync(HttpContext http, Func<Task<ContentItem>> save, Func<SavedDto, IResult> success) =>
        AnsweringProblemsAsync(async () =>
        {
            var saved = await save();
            var latest = await versions.LatestAsync(saved.ContentItemId, http.RequestAborted);
            return success(new SavedDto(saved.ContentItemId, latest!.Number));
        });

    /// <summary>What <paramref name="work"/> answers, or the problem its content error means (nothing was saved then).</summary>
    private static async Task<IResult> AnsweringProblemsAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (ContentInputException e)
        {
            return ContentApiProblems.FieldErrors(StatusCodes.Status400BadRequest, e.Errors,
                "Nội dung chưa được lưu: có trường không thuộc loại nội dung này hoặc giá trị không đúng kiểu của trường.");
        }
        catch (ContentValidationException e)
        {
            return ContentApiProblems.FieldErrors(StatusCodes.Status422UnprocessableEntity, e.Errors, "Nội dung chưa được lưu: một số trường chưa hợp lệ.");
        }
        catch (ContentConflictException e)
        {
            return ContentApiProblems.Problem(StatusCodes.Status409Conflict, "Xung đột phiên bản", e.Message);
        }
        catch (ContentException e)
        {
            return ContentApiProblems.Problem(StatusCodes.Status400BadRequest, "Không thực hiện được", e.Message);
        }
    }

    private sealed record FoundItem(ContentDefinitions Definitions, ContentTypeDefinition Type, ContentItemRecord Latest);
}
