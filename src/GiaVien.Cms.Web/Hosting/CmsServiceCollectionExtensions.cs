using GiaVien.Cms.Notifications;
using GiaVien.Cms.Questions;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using GiaVien.Cms.Cluster;
using GiaVien.Cms.Content;
using GiaVien.Cms.Content.Admin;
using GiaVien.Cms.District;
using GiaVien.Cms.Documents;
using GiaVien.Cms.Features;
using GiaVien.Cms.Galleries;
using GiaVien.Cms.Media;
using GiaVien.Cms.Procedures;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Search;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Themes.Admin;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Admin;
using GiaVien.Cms.Web.Api;
using GiaVien.Cms.Web.Health;
using GiaVien.Cms.Web.Security;
using GiaVien.Cms.Web.Setup;
using GiaVien.Cms.Web.Site;
using Microsoft.Extensions.WebEncoders;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>The host composes the modules; each module registers its own services.</summary>
public static class CmsServiceCollectionExtensions
{
    public static IServiceCollection AddCms(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);

        // Razor would otherwise write every Vietnamese letter as a numeric entity.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        var dataFolder = LoggingExtensions.DataFolder(configuration, environment);
        services.AddSingleton(dataFolder);
        services.AddTenants();
        services.AddContent();
        services.AddUsers();
        services.AddRecipes();
        services.AddFeatures();
        services.AddQuestions();
        services.AddNotifications();
        services.AddBlocks();
        services.AddVisits();
        services.AddDistrict();
        services.AddProcedures(new Site.Branding.AddMenuItemMigration(1, "Thủ tục hành chính", "/thu-tuc-hanh-chinh"));
        services.AddGalleries(new Site.Branding.AddMenuItemMigration(1, "Thư viện ảnh", "/thu-vien-anh"));
        services.AddTenantManagement();
        services.AddThemes();
        services.AddThemesAdmin();
        services.AddContentAdmin();
        services.AddMedia();
        services.AddDocuments();
        services.AddSearch();
        services.AddCmsSecurity(dataFolder);
        services.AddTrustedProxies(configuration);
        // Binding failures (malformed JSON, wrong types) reach ApiErrors as exceptions in every environment.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddCluster(configuration);
        services.AddPublicSite();
        services.AddContentApi();
        services.AddAdmin();
        services.AddCmsHealthChecks();
        services.AddCmsMetrics();
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "GiaVien.Cms API";
            document.Info.Description = "Tin tức và nội dung của một đơn vị; ghi bằng mã truy cập cá nhân (Authorization: Bearer gv_…).";
            return Task.CompletedTask;
        }));
        services.AddFirstRunSetup();
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options => options.ValueLengthLimit = RequestTooLarge.MaxFormValueBytes);
        // The whole admin needs a signed-in user with AccessAdmin; each page and handler then declares its own permission
        // ([AdminPermission], or [AllowAnonymous] on the sign-in pages). Tenant pages also need the district's shell (404 elsewhere).
        services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/Admin", CmsSecurity.AdminPolicy)
                .AuthorizeFolder("/Admin/Tenants", AdminPolicies.ManageTenants)
                .AuthorizeFolder("/Admin/Recipes", RecipesAdmin.Policy)
                .AuthorizeFolder("/Admin/Features", RecipesAdmin.Policy))
            .AddMvcOptions(options => options.Filters.Add<AdminPermissionFilter>(500));
        return services;
    }
}
