using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Tests;

/// <summary>Permissions held for every type keep the built-in roles' rules; those held for one type count for its items only.</summary>
public sealed class ContentPermissionsTests
{
    private static readonly HashSet<string> AnnouncementEditor =
        [ContentPermissions.ForType(ContentPermissions.EditContent, "ThongBao"), ContentPermissions.ForType(ContentPermissions.PublishContent, "ThongBao")];

    private static bool Can(IReadOnlySet<string> permissions, ContentAction action, string type, string? owner = "someone-else") =>
        ContentPermissions.Can(permissions, "bien-tap", action, owner, reviewRequired: true, everPublished: true, contentType: type);

    [Theory]
    [InlineData(ContentAction.Create)]
    [InlineData(ContentAction.Edit)]
    [InlineData(ContentAction.Submit)]
    [InlineData(ContentAction.Return)]
    [InlineData(ContentAction.Publish)]
    [InlineData(ContentAction.Unpublish)]
    [InlineData(ContentAction.Delete)]
    [InlineData(ContentAction.Restore)]
    public void A_grant_for_one_type_allows_the_action_there_and_nowhere_else(ContentAction action)
    {
        Assert.True(Can(AnnouncementEditor, action, "ThongBao"));
        Assert.False(Can(AnnouncementEditor, action, "DistrictNews"));
        Assert.False(ContentPermissions.Can(AnnouncementEditor, "bien-tap", action, null, reviewRequired: true));
    }

    [Fact]
    public void Permissions_held_for_every_type_keep_the_author_rules_on_any_type()
    {
        HashSet<string> author = [ContentPermissions.EditOwnContent, ContentPermissions.SubmitContent];
        Assert.True(Can(author, ContentAction.Submit, "ThongBao", owner: "bien-tap"));
        Assert.False(Can(author, ContentAction.Publish, "ThongBao", owner: "bien-tap"));
        Assert.False(Can(author, ContentAction.Edit, "DistrictNews"));
    }

    [Fact]
    public void Delete_content_for_a_type_deletes_others_published_items_of_it_only()
    {
        HashSet<string> cleaner = [ContentPermissions.ForType(ContentPermissions.DeleteContent, "ThongBao")];
        Assert.True(Can(cleaner, ContentAction.Delete, "ThongBao"));
        Assert.False(Can(cleaner, ContentAction.Delete, "DistrictNews"));
    }

    [Fact]
    public void Only_content_permissions_have_grants_per_type()
    {
        Assert.True(ContentPermissions.IsTypeGrantOf("PublishContent:ThongBao", ContentPermissions.PublishContent));
        Assert.False(ContentPermissions.IsTypeGrantOf("PublishContent", ContentPermissions.PublishContent));
        Assert.False(ContentPermissions.IsTypeGrantOf("PublishContentX:ThongBao", ContentPermissions.PublishContent));
        Assert.False(ContentPermissions.IsTypeGrantOf("ManageUsers:ThongBao", "ManageUsers"));
    }
}
