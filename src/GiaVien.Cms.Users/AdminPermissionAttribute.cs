namespace GiaVien.Cms.Users;

/// <summary>
/// The permission an admin page (on its model class) or one of its handlers (on the method) requires: any one of
/// <see cref="AnyOf"/>. A handler must satisfy its page's declaration and its own. An admin page with no declaration
/// (and no <c>[AllowAnonymous]</c>) is refused to everyone (the web host's AdminPermissionFilter), so a page added
/// without thinking about it is closed, not open. Item-level rules (own content, review) are checked in the handlers.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AdminPermissionAttribute(params string[] anyOf) : Attribute
{
    public IReadOnlyList<string> AnyOf { get; } = anyOf;
}
