using System.Net;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// What the server checks in the branding form and the media library, whatever the browser let through: the logo
/// is an image of the tenant's own library, contact details are an e-mail address and a telephone number, and
/// direction controls never reach a stored name nor a message quoting it.
/// </summary>
public abstract class InputChecksBehaviour(DemoHost host)
{
    private async Task<(string Name, MediaClient Admin)> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-lap");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Lập", name, [], null));
        return (name, await MediaClient.SignInAsync(host, "/" + name));
    }

    private static Dictionary<string, string> Branding(string logo, string email = "", string phone = "") => new()
    {
        ["Values[SiteName]"] = "Ủy ban nhân dân xã Gia Lập",
        ["Values[BannerText]"] = "Chào mừng",
        ["Values[PrimaryColor]"] = "",
        ["Values[ResponsiblePerson]"] = "",
        ["Values[Address]"] = "",
        ["Values[Phone]"] = phone,
        ["Values[Email]"] = email,
        ["Values[LogoPath]"] = logo,
        ["MenuText"] = "Trang chủ | /",
    };

    private static async Task<(HttpStatusCode Status, string Html)> SaveAsync(MediaClient admin, string name, Dictionary<string, string> fields)
    {
        using var response = await admin.Http.PostFormAsync($"/{name}/admin/theme", null, fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_logo_must_be_an_image_of_the_tenants_own_library()
    {
        var (other, otherAdmin) = await NewCommuneAsync();
        var foreign = await otherAdmin.UploadOkAsync("bieu-trung.png", TestFiles.Png(64, 64));
        var (name, admin) = await NewCommuneAsync();
        var document = await admin.UploadOkAsync("quy-che.pdf", TestFiles.Pdf());

        foreach (var logo in new[] { "https://evil.example/logo.png", $"../../{other}/media/{foreign}", foreign, document, "khong-co.png", "/media/../App_Data/x.png" })
        {
            var (status, html) = await SaveAsync(admin, name, Branding(logo));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("không phải là một ảnh trong thư viện tệp của đơn vị", html);
            Assert.Contains($"value=\"{WebUtility.HtmlEncode(logo)}\"", html.Replace("&#x2B;", "+", StringComparison.Ordinal));
        }

        var own = await admin.UploadOkAsync("bieu-trung.png", TestFiles.Png(64, 64));
        var (saved, _) = await SaveAsync(admin, name, Branding("/" + own));
        Assert.Equal(HttpStatusCode.Redirect, saved);
        Assert.Contains($"src=\"/{name}/media/{own}\"", (await host.Browser().GetPageAsync($"/{name}/")).Html);
    }

    [Fact]
    public async Task A_wrong_email_or_phone_is_refused_in_vietnamese_and_what_was_typed_stays_in_the_form()
    {
        var (name, admin) = await NewCommuneAsync();

        var (status, html) = await SaveAsync(admin, name, Branding("", email: "van phong@giavien", phone: "gọi tổng đài"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(ContactDetails.EmailMessage, WebUtility.HtmlDecode(html));
        Assert.Contains(ContactDetails.PhoneMessage, WebUtility.HtmlDecode(html));
        Assert.Contains("value=\"van phong@giavien\"", html);
        Assert.Contains("value=\"gọi tổng đài\"", html);
        Assert.DoesNotContain("van phong@giavien", (await host.Browser().GetPageAsync($"/{name}/")).Html);

        var (saved, _) = await SaveAsync(admin, name, Branding("", email: "vanphong@gialap.gov.vn", phone: "0229 3871 234"));
        Assert.Equal(HttpStatusCode.Redirect, saved);
    }

    [Fact]
    public async Task Direction_controls_are_stripped_from_uploaded_names_and_from_the_messages_that_quote_them()
    {
        var (_, admin) = await NewCommuneAsync();

        var stored = await admin.UploadOkAsync("anh-le\u202Egnp.jpg", TestFiles.Jpeg(40, 30));
        Assert.DoesNotContain('\u202E', stored);

        var (_, json) = await admin.UploadAsync("bao-cao\u202Efdp.\u2066exe", TestFiles.Pdf());
        var refused = json.GetProperty("results")[0];
        Assert.False(refused.GetProperty("ok").GetBoolean());
        var echoed = refused.GetProperty("message").GetString() + refused.GetProperty("name").GetString();
        Assert.Contains("bao-cao", echoed);
        Assert.DoesNotContain('\u202E', echoed);
        Assert.DoesNotContain('\u2066', echoed);
    }
}

public sealed class InputChecksOnSqlite(SqliteDemoHost host) : InputChecksBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class InputChecksOnPostgreSql(PostgreSqlDemoHost host) : InputChecksBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
