namespace GiaVien.Cms.Users;

/// <summary>The built-in roles of every tenant and the permission that grants everything.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Contributor = "Contributor";
    public const string AllPermissions = "*";

    /// <summary>Permission to enter the administration at all.</summary>
    public const string AccessAdmin = "AccessAdmin";

    /// <summary>Create, edit, disable, remove, archive and retire tenants; granted on the district site only.</summary>
    public const string ManageTenants = "ManageTenants";

    /// <summary>Create users of the own tenant, reset their passwords, lock and disable them.</summary>
    public const string ManageUsers = "ManageUsers";

    public const string ManageSettings = "ManageSettings";

    /// <summary>Branding, menu and template overrides: they change the whole public site.</summary>
    public const string ManageTheme = "ManageTheme";

    /// <summary>Labels, hints and fields of the content types.</summary>
    public const string ManageContentTypes = "ManageContentTypes";

    /// <summary>Rebuilding the tenant's search index (heavy work on the server).</summary>
    public const string ManageSearchIndex = "ManageSearchIndex";
}
