using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace GiaVien.Cms.Web.Tests.Cluster;

/// <summary>
/// Redis pub/sub delivers at most once: a node whose connection dropped may have missed other nodes' changes, so on
/// reconnection it reloads the tenant list from the database and drops the image renditions it made.
/// </summary>
public sealed class RedisReconnectionTests
{
    [Fact]
    public async Task After_losing_its_redis_connection_a_node_reloads_the_tenants_and_drops_the_renditions_it_may_have_missed()
    {
        var prefix = "gv_reconnect_" + Guid.NewGuid().ToString("N")[..8];
        await using var host = new CmsHost(DatabaseProvider.PostgreSql, recipe: "giavien-district")
        {
            Settings = new Dictionary<string, string> { ["Cms:Redis:Configuration"] = ClusterNodes.Redis, ["Cms:Redis:KeyPrefix"] = prefix },
        };
        await host.StartAsync(expectedTenants: 1);

        // Another node renames the district while this node's notification is lost.
        await using (var db = new HostDbContext(host.Services.GetRequiredService<TenantDatabase>().HostOptions()))
        {
            await db.Tenants.Where(t => t.Name == TenantRecord.DefaultName).ExecuteUpdateAsync(s => s.SetProperty(t => t.DisplayName, "UBND huyện Gia Viễn (đổi tên)"));
        }

        Assert.NotEqual("UBND huyện Gia Viễn (đổi tên)", host.Registry.Map.Find(TenantRecord.DefaultName)!.DisplayName);
        // A rendition this node made of a photo another node has since deleted.
        var rendition = Path.Combine(host.DataFolder.SiteFolder(TenantRecord.DefaultName), ProfileCache.FolderName, "article", "hoi-nghi.jpg.webp");
        Directory.CreateDirectory(Path.GetDirectoryName(rendition)!);
        await File.WriteAllBytesAsync(rendition, [1, 2, 3]);
        await using (var admin = await ConnectionMultiplexer.ConnectAsync(ClusterNodes.Redis + ",allowAdmin=true"))
        {
            await admin.GetServers()[0].ExecuteAsync("CLIENT", "KILL", "TYPE", "pubsub");
        }

        await Eventually.ThatAsync(() => Task.FromResult(host.Registry.Map.Find(TenantRecord.DefaultName)!.DisplayName == "UBND huyện Gia Viễn (đổi tên)"),
            TimeSpan.FromSeconds(20), "the node did not reload the tenants after reconnecting to Redis");
        await Eventually.ThatAsync(() => Task.FromResult(!File.Exists(rendition)), TimeSpan.FromSeconds(5), "the node kept renditions made before the reconnection");
    }
}
