namespace GiaVien.Cms.Content.Items;

/// <summary>What a user may do to content. Checked on the server by every page and API endpoint that changes content.</summary>
public enum ContentAction
{
    Create,
    Edit,
    Submit,
    Publish,
    Unpublish,
    Return,
    Delete,
    Restore,
}

public static class ContentPermissions
{
    public const string All = "*";
    public const string EditContent = "EditContent";
    public const string EditOwnContent = "EditOwnContent";
    public const string SubmitContent = "SubmitContent";
    public const string ReviewContent = "ReviewContent";
    public const string PublishContent = "PublishContent";

    /// <summary>Moves any item to the trash and back; the built-in roles do not have it (editors delete as publishers).</summary>
    public const string DeleteContent = "DeleteContent";

    /// <summary>
    /// The permissions a role may hold for one content type only, as <c>{permission}:{type}</c>
    /// ("PublishContent:ThongBao"), so an editor can be limited to one section.
    /// </summary>
    public static readonly IReadOnlyList<string> PerType = [EditOwnContent, EditContent, SubmitContent, ReviewContent, PublishContent, DeleteContent];

    public static string ForType(string permission, string contentType) => $"{permission}:{contentType}";

    /// <summary>Whether <paramref name="grant"/> is a per-type grant of <paramref name="permission"/> (for any type).</summary>
    public static bool IsTypeGrantOf(string grant, string permission) =>
        PerType.Contains(permission) && grant.Length > permission.Length + 1 && grant[permission.Length] == ':' && grant.StartsWith(permission, StringComparison.Ordinal);

    /// <summary>
    /// Editors (PublishContent) do everything; authors edit, submit and delete their own unpublished items, and
    /// publish their own only where the tenant does not require review; contributors (EditOwnContent only) draft.
    /// A permission counts when held for every type or, for an item of <paramref name="contentType"/>, for that type.
    /// </summary>
    public static bool Can(IReadOnlySet<string> permissions, string userName, ContentAction action, string? owner, bool reviewRequired, bool everPublished = false, string? contentType = null)
    {
        bool Has(string permission) => permissions.Contains(All) || permissions.Contains(permission)
            || (contentType is not null && permissions.Contains(ForType(permission, contentType)));
        var own = owner is null || string.Equals(owner, userName, StringComparison.OrdinalIgnoreCase);
        var editor = Has(PublishContent);
        return action switch
        {
            ContentAction.Create => Has(EditContent) || Has(EditOwnContent),
            ContentAction.Edit => Has(EditContent) || (own && Has(EditOwnContent)),
            ContentAction.Submit => editor || (own && Has(SubmitContent)),
            ContentAction.Return => editor || Has(ReviewContent),
            ContentAction.Publish or ContentAction.Unpublish => editor || (!reviewRequired && own && Has(SubmitContent)),
            ContentAction.Delete or ContentAction.Restore => editor || Has(DeleteContent) || (own && Has(EditOwnContent) && !everPublished),
            _ => false,
        };
    }
}
