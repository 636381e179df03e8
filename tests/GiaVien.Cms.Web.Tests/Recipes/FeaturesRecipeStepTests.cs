using System.Net;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Recipes;

/// <summary>A recipe switches features on, so the demo sites show their sections at once; an unknown feature is refused.</summary>
public sealed class FeaturesRecipeStepTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Theory]
    [InlineData("")]
    [InlineData("/gia-hoa")]
    public async Task The_demo_sites_show_the_procedures_and_disclosures_their_recipes_switched_on(string site)
    {
        var visitor = host.Browser();
        var (status, home) = await visitor.GetPageAsync($"{site}/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"href=\"{site}/thu-tuc-hanh-chinh\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"{site}/cong-khai\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync($"{site}/thu-tuc-hanh-chinh")).Status);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync($"{site}/cong-khai")).Status);
    }

    [Fact]
    public async Task A_recipe_naming_a_feature_that_does_not_exist_is_refused_before_anything_changes()
    {
        TestRecipes.Add(host, "bat-tinh-nang-la", """
            { "name": "bat-tinh-nang-la", "displayName": "Bật tính năng lạ", "steps": [ { "name": "Features", "Enable": [ "khong-co" ] } ] }
            """);
        var errors = new StringWriter();

        var exit = await CommandLine.ExecuteAsync(["recipe", "apply", "gia-hoa", "bat-tinh-nang-la"], host.Services, TextWriter.Null, errors);

        Assert.NotEqual(0, exit);
        Assert.Contains("Không có tính năng \"khong-co\"", errors.ToString(), StringComparison.Ordinal);
    }
}
