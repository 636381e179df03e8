using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>A retired tenant's news takes the media files it refers to along, whichever store keeps them.</summary>
public abstract class TenantRetirementMediaBehaviour(DemoHost host)
{
    [Fact]
    public async Task The_featured_image_of_moved_news_is_copied_into_the_targets_media_store()
    {
        var old = TenantFactory.UniqueName("gia-xuan");
        var target = TenantFactory.UniqueName("gia-tran");
        await TenantFactory.CreateAsync(host, new TenantSpec(old, "Xã Gia Xuân", old, [], null));
        await TenantFactory.CreateAsync(host, new TenantSpec(target, "Xã Gia Trấn", target, [], null));
        var photo = TestFiles.Jpeg(320, 200);
        await TenantServices.RunAsync(host, old, sp => Store(sp).CreateAsync("2025/sap-nhap.jpg", new MemoryStream(photo), "image/jpeg"));
        await TenantServices.RunAsync(host, old, sp => Store(sp).CreateAsync("2025/khong-dung.jpg", new MemoryStream(photo), "image/jpeg"));
        await TenantServices.PublishArticleAsync(host, old, "Lễ công bố sáp nhập xã", "<p>Toàn cảnh buổi lễ.</p>", "2025/sap-nhap.jpg");

        Assert.Equal(1, await host.Services.GetRequiredService<TenantRetirement>().RetireAsync(old, target, "test"));

        var copied = await TenantServices.RunAsync(host, target, async sp => await Store(sp).ListAsync().Select(f => f.Path).ToListAsync());
        Assert.Equal("2025/sap-nhap.jpg", Assert.Single(copied));
        using var served = await host.Browser().GetAsync($"/{target}/media/_p/card/2025/sap-nhap.jpg");
        Assert.Equal(System.Net.HttpStatusCode.OK, served.StatusCode);
    }

    private static IMediaStore Store(IServiceProvider services) =>
        services.GetRequiredService<MediaStores>().For(services.GetRequiredService<ShellScope>().Shell);
}

public sealed class TenantRetirementMediaOnFileSystem(SqliteDemoHost host) : TenantRetirementMediaBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class TenantRetirementMediaOnS3(S3DemoHost host) : TenantRetirementMediaBehaviour(host), IClassFixture<S3DemoHost>;
