using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;

namespace GiaVien.Cms.Content.Lists;

/// <summary>What the content list does to several items at once.</summary>
public enum BulkAction
{
    Publish,
    Unpublish,
    Trash,
    ChangeCategory,
}

/// <summary>Who acts, with what permissions, on a tenant that does or does not require review.</summary>
public sealed record ContentActor(IReadOnlySet<string> Permissions, string UserName, bool ReviewRequired);

/// <summary>An item a bulk action left alone, and why (Vietnamese, for the editor).</summary>
public sealed record BulkRefusal(string Title, string Reason);

public sealed record BulkOutcome(IReadOnlyList<string> Done, IReadOnlyList<BulkRefusal> Refused);

/// <summary>
/// Bulk actions of the content list: each item is checked with the same permission rules as its editor page and
/// changed by the same services (so each writes its own audit and change-log entries), all in one transaction.
/// One commit means the output cache is evicted once for the whole batch, not once per item; an item that fails
/// (a conflict, a validation error) is rolled back to its savepoint alone and reported as refused.
/// </summary>
public sealed class ContentBulkActions(
    CmsDbContext db,
    ContentVersions versions,
    ContentPublisher publisher,
    ContentTrash trash,
    ContentManager manager,
    ContentDefinitionStore definitionStore,
    StoredContentReferences references)
{
    /// <summary>More than any page of the list holds; bounds the work of one request.</summary>
    public const int MaxItems = 100;

    public async Task<BulkOutcome> RunAsync(BulkAction action, IReadOnlyCollection<string> contentItemIds, ContentActor actor, string? categoryId, CancellationToken cancellationToken = default)
    {
        if (contentItemIds.Count > MaxItems)
        {
            throw new ContentException($"Mỗi lần chỉ thao tác được tối đa {MaxItems} nội dung.");
        }

        if (action == BulkAction.ChangeCategory && string.IsNullOrWhiteSpace(categoryId))
        {
            throw new ContentException("Hãy chọn chuyên mục mới.");
        }

        var definitions = await definitionStore.LoadAsync(cancellationToken);
        var done = new List<string>();
        var refused = new List<BulkRefusal>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var id in contentItemIds.Distinct(StringComparer.Ordinal))
        {
            var latest = await versions.LatestAsync(id, cancellationToken);
            if (latest is null || latest.DeletedUtc is not null || definitions.FindType(latest.ContentType) is not { } type)
            {
                refused.Add(new(id, "Không tìm thấy nội dung này (có thể đã bị xóa)."));
                continue;
            }

            var published = await versions.PublishedAsync(id, cancellationToken) is not null;
            if (Refusal(action, latest, published, actor) is { } reason)
            {
                refused.Add(new(latest.DisplayText, reason));
                continue;
            }

            try
            {
                await RunOneAsync(action, latest, type, definitions, actor, categoryId!, cancellationToken);
                done.Add(latest.DisplayText);
            }
            catch (ContentException e)
            {
                refused.Add(new(latest.DisplayText, e.Message));
            }
            catch (ContentValidationException e)
            {
                refused.Add(new(latest.DisplayText, string.Join(" ", e.Errors.Select(error => error.Message))));
            }
            finally
            {
                // Each item starts from what the database holds; a failed one leaves nothing tracked behind.
                db.ChangeTracker.Clear();
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new(done, refused);
    }

    private static string? Refusal(BulkAction action, ContentItemRecord latest, bool published, ContentActor actor)
    {
        var needed = action switch
        {
            BulkAction.Publish => ContentAction.Publish,
            BulkAction.Unpublish => ContentAction.Unpublish,
            BulkAction.Trash => ContentAction.Delete,
            _ => ContentAction.Edit,
        };
        if (!ContentPermissions.Can(actor.Permissions, actor.UserName, needed, latest.Owner, actor.ReviewRequired, published))
        {
            return "Bạn không có quyền thực hiện thao tác này với nội dung này.";
        }

        return action switch
        {
            BulkAction.Publish when latest.Published => "Nội dung đã được xuất bản từ trước.",
            BulkAction.Unpublish when !published => "Nội dung này hiện không được xuất bản.",
            _ => null,
        };
    }

    private async Task RunOneAsync(BulkAction action, ContentItemRecord latest, ContentTypeDefinition type, ContentDefinitions definitions, ContentActor actor, string categoryId, CancellationToken cancellationToken)
    {
        var id = latest.ContentItemId;
        switch (action)
        {
            case BulkAction.Publish:
                await publisher.PublishAsync(id, actor.UserName, cancellationToken);
                break;
            case BulkAction.Unpublish:
                await publisher.UnpublishAsync(id, actor.UserName, cancellationToken);
                break;
            case BulkAction.Trash:
                await trash.DeleteAsync(id, actor.UserName, cancellationToken);
                break;
            default:
                await ChangeCategoryAsync(latest, type, definitions, actor, categoryId, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// A new version with the category replaced. Its review state is kept (an item waiting for review keeps waiting);
    /// when the public version was the latest one and the user may publish, the new version is published at once, so
    /// the site shows the new category.
    /// </summary>
    private async Task ChangeCategoryAsync(ContentItemRecord latest, ContentTypeDefinition type, ContentDefinitions definitions, ContentActor actor, string categoryId, CancellationToken cancellationToken)
    {
        var (part, field, _) = definitions.FieldsOf(type).FirstOrDefault(f => f.Kind.Editor == EditorInput.TermChoices);
        if (field is null)
        {
            throw new ContentException("Kiểu nội dung này không có chuyên mục.");
        }

        var (state, comment, wasPublic) = (latest.WorkflowState, latest.ReviewComment, latest.Published);
        var item = ContentItemMapper.ToItem(latest);
        item.Content[part] ??= new System.Text.Json.Nodes.JsonObject();
        item.Content[part]![field.Name] = TaxonomyTermsField.Create(field.Taxonomy, [categoryId]);
        await manager.SaveDraftAsync(item, latest.Number, definitions, references, actor.UserName, cancellationToken);
        if (wasPublic && ContentPermissions.Can(actor.Permissions, actor.UserName, ContentAction.Publish, latest.Owner, actor.ReviewRequired, everPublished: true))
        {
            await publisher.PublishAsync(item.ContentItemId, actor.UserName, cancellationToken);
            return;
        }

        var saved = await versions.LiveLatestAsync(item.ContentItemId, cancellationToken);
        (saved.WorkflowState, saved.ReviewComment) = (state, comment);
        await db.SaveChangesAsync(cancellationToken);
    }
}
