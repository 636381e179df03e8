namespace GiaVien.Cms.Tenants.Settings;

/// <summary>The settings a tenant's site has; recipes and the admin may set only these.</summary>
public static class SiteSettingNames
{
    public const string SiteName = "SiteName";
    public const string BannerText = "BannerText";
    public const string ResponsiblePerson = "ResponsiblePerson";
    public const string Address = "Address";
    public const string Phone = "Phone";
    public const string Email = "Email";
    public const string PrimaryColor = "PrimaryColor";

    /// <summary>Path of the unit's logo in the media library; the theme's emblem when empty.</summary>
    public const string LogoPath = "LogoPath";

    /// <summary>The main menu as JSON: <c>[{"Title":"Giới thiệu","Url":"/trang/gioi-thieu"}]</c>; the theme's default menu when empty.</summary>
    public const string Menu = "Menu";
    public const string ShareNewsWithDistrict = "ShareNewsWithDistrict";

    /// <summary>The blocks of the home page and of the article sidebar as JSON (module Blocks); the default arrangement when empty.</summary>
    public const string HomeBlocks = "HomeBlocks";

    /// <summary>"true" (default): authors submit for review and an editor publishes; "false": authors publish their own.</summary>
    public const string ReviewRequired = "ReviewRequired";

    /// <summary>This tenant's media quota in bytes, overriding <c>Cms:Media:QuotaBytes</c>.</summary>
    public const string MediaQuotaBytes = "MediaQuotaBytes";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        SiteName, BannerText, ResponsiblePerson, Address, Phone, Email, PrimaryColor, LogoPath, Menu, ShareNewsWithDistrict, ReviewRequired, MediaQuotaBytes, HomeBlocks,
    };
}
