using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.District;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.District;

/// <summary>
/// The district's check of "Tin cơ sở" after a start opens no member whose shared news it already holds, and still
/// brings in what a member changed while no node was running.
/// </summary>
public abstract class SharedNewsAfterRestartBehaviour(DatabaseProvider provider)
{
    // The check after a start is run by the test itself, so it is counted in the test's own flow.
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Cms:OutputCache:Enabled"] = "false",
        ["Cms:District:CatchUpDelay"] = "01:00:00",
    };

    [Fact]
    public async Task After_a_restart_with_nothing_changed_the_check_opens_no_member()
    {
        var first = await new CmsHost(provider, recipe: "giavien-district") { Settings = Settings }.StartAsync(expectedTenants: 1);
        CmsHost? second = null;
        try
        {
            var communes = new[] { await DistrictMembers.CreateCommuneAsync(first, "gia-hoa", "Xã Gia Hòa"), await DistrictMembers.CreateCommuneAsync(first, "gia-tan", "Xã Gia Tân") };
            foreach (var commune in communes)
            {
                await TestNews.PublishAsync(first, commune, $"Tin của {commune} về mùa lúa chiêm", "Tóm tắt.", "Nội dung.");
            }

            var before = await DistrictMembers.SharedSectionAsync(first.Browser());
            Assert.All(communes, c => Assert.Contains($"Tin của {c} về mùa lúa chiêm", before));
            await first.DisposeAsync();

            second = await first.Restarted().StartAsync(expectedTenants: 3);
            using var memberCommands = new EfCommandCounter(context => context is CmsDbContext);
            var result = default(SharedSummaryRefresher.CheckResult);
            var commands = await memberCommands.CountAsync(async () => result = await CheckAfterStartAsync(second));

            Assert.Equal(0, result.Read);
            Assert.Equal(0, commands);
            Assert.Equal(before, await DistrictMembers.SharedSectionAsync(second.Browser()));
        }
        finally
        {
            await StopAsync(first, second);
        }
    }

    [Fact]
    public async Task A_member_changed_while_no_node_ran_shows_its_news_after_the_restart()
    {
        var first = await new CmsHost(provider, recipe: "giavien-district") { Settings = Settings }.StartAsync(expectedTenants: 1);
        CmsHost? second = null;
        try
        {
            var changed = await DistrictMembers.CreateCommuneAsync(first, "gia-lap", "Xã Gia Lập");
            var quiet = await DistrictMembers.CreateCommuneAsync(first, "gia-van", "Xã Gia Vân");
            await TestNews.PublishAsync(first, quiet, "Gia Vân tổng kết phong trào khuyến học", "Tóm tắt.", "Nội dung.");
            Assert.Contains("Gia Vân tổng kết phong trào khuyến học", await DistrictMembers.SharedSectionAsync(first.Browser()));
            await first.DisposeAsync();

            // While no node runs, an operator applies a recipe publishing a shared news item to one member.
            var title = "Gia Lập khánh thành cầu Đồng Chưa " + Guid.NewGuid().ToString("N")[..6];
            TestRecipes.Add(first, changed + "-tin", NewsRecipe(changed + "-tin", title));
            Assert.Equal(0, await RunCommandLineAsync(first, ["recipe", "apply", changed, changed + "-tin"]));

            second = await first.Restarted().StartAsync(expectedTenants: 3);
            var result = await CheckAfterStartAsync(second);

            Assert.Equal(1, result.Read);
            var shown = await DistrictMembers.SharedSectionAsync(second.Browser());
            Assert.Contains(title, shown);
            Assert.Contains("Gia Vân tổng kết phong trào khuyến học", shown);
        }
        finally
        {
            await StopAsync(first, second);
        }
    }

    private static Task<SharedSummaryRefresher.CheckResult> CheckAfterStartAsync(CmsHost host) =>
        host.Services.GetRequiredService<SharedSummaryRefresher>().CatchUpAsync(CancellationToken.None);

    /// <summary>
    /// The maintenance command as <c>dotnet GiaVien.Cms.Web.dll …</c> runs it (<see cref="CommandLine.RunAsync"/>): the
    /// product's services on the installation's data, no hosted service and so no shared-news feed.
    /// </summary>
    private static async Task<int> RunCommandLineAsync(CmsHost installation, string[] args)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cms:DataPath"] = installation.DataPath,
            ["Cms:RecipesPath"] = installation.RecipesPath,
            ["Cms:Database:Provider"] = installation.Provider.ToString(),
            ["Cms:Database:PostgreSqlConnectionString"] = installation.PostgreSqlConnectionString,
        });
        builder.Services.AddCms(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        await app.InitializeCmsAsync();
        var error = new StringWriter();
        var exit = await CommandLine.ExecuteAsync(args, app.Services, TextWriter.Null, error);
        Assert.True(exit == 0, error.ToString());
        return exit;
    }

    private static string NewsRecipe(string name, string title) => $$"""
        {
          "name": "{{name}}",
          "displayName": "Tin bài kiểm thử",
          "isSetupRecipe": false,
          "steps": [
            {
              "name": "Content",
              "data": [
                {
                  "ContentItemId": "{{name}}-1",
                  "ContentType": "DistrictNews",
                  "Published": true,
                  "PublishedUtc": "{{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}}",
                  "TitlePart": { "Title": "{{title}}" },
                  "DistrictNewsPart": { "Lead": { "Text": "Tóm tắt." }, "Body": { "Html": "<p>Nội dung.</p>" }, "ShareWithDistrict": { "Value": true } }
                }
              ]
            }
          ]
        }
        """;

    private static async Task StopAsync(CmsHost first, CmsHost? second)
    {
        if (second is not null)
        {
            await second.DisposeAsync();
        }

        await first.DisposeAsync();
        await DemoHost.DeleteDataAsync(first);
    }
}

public sealed class SharedNewsAfterRestartOnSqlite() : SharedNewsAfterRestartBehaviour(DatabaseProvider.Sqlite);

public sealed class SharedNewsAfterRestartOnPostgreSql() : SharedNewsAfterRestartBehaviour(DatabaseProvider.PostgreSql);
