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

    /// <summary>
    /// Editors (PublishContent) do everything; authors edit, submit and delete their own unpublished items, and
    /// publish their own only where the tenant does not require review; contributors (EditOwnContent only) draft.
    /// </summary>
    public static bool Can(IReadOnlySet<string> permissions, string userName, ContentAction action, string? owner, bool reviewRequired, bool everPublished = false)
    {
        bool Has(string permission) => permissions.Contains(All) || permissions.Contains(permission);
        var own = owner is null || string.Equals(owner, userName, StringComparison.OrdinalIgnoreCase);
        var editor = Has(PublishContent);
        return action switch
        {
            ContentAction.Create => Has(EditContent) || Has(EditOwnContent),
            ContentAction.Edit => Has(EditContent) || (own && Has(EditOwnContent)),
            ContentAction.Submit => editor || (own && Has(SubmitContent)),
            ContentAction.Return => editor || Has(ReviewContent),
            ContentAction.Publish or ContentAction.Unpublish => editor || (!reviewRequired && own && Has(SubmitContent)),
            ContentAction.Delete or ContentAction.Restore => editor || (own && Has(EditOwnContent) && !everPublished),
            _ => false,
        };
    }
}
