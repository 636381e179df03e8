using System.Diagnostics;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.ContentModel;

/// <summary>One build's data folder and recipes; every start of it uses both.</summary>
internal sealed record Installation(AbBuild Build, string DataPath, string RecipesPath)
{
    public ServerProcess Start(bool outputCache) => BenchApps.StartCms(DataPath, new Dictionary<string, string>
    {
        ["Cms__RecipesPath"] = RecipesPath,
        ["Cms__Setup__Recipe"] = BenchRecipes.SetupRecipe,
        ["Cms__OutputCache__Enabled"] = outputCache ? "true" : "false",
    }, Build.Dll);

    /// <summary>Each build's district with <paramref name="articles"/> generated articles, set up one after the other; by build name.</summary>
    public static async Task<Dictionary<string, Installation>> SetUpAllAsync(IReadOnlyList<AbBuild> builds, WorkFolder work, int articles, TextWriter progress)
    {
        var installations = new Dictionary<string, Installation>();
        foreach (var build in builds)
        {
            var recipes = await BenchRecipes.PrepareAsync(build.Folder, work.Sub($"recipes-{build.Slug}"), articles);
            var installation = installations[build.Name] = new Installation(build, work.Sub($"data-{build.Slug}"), recipes);
            var clock = Stopwatch.StartNew();
            // Once per process and build (a build compared with itself sets up once); the generated articles are the same for a given count.
            await SetUpTemplates.CopyAsync($"{BenchRecipes.SetupRecipe}|{articles}|{Path.GetFullPath(build.Dll)}", installation.DataPath,
                template => (installation with { DataPath = template }).SetUpAsync());
            progress.WriteLine($"{build.Name}: district with {articles} generated articles set up in {clock.Elapsed.TotalSeconds:0} s");
        }

        return installations;
    }

    private async Task SetUpAsync()
    {
        await using var first = Start(outputCache: true);
        await first.WaitForOkAsync(timeout: TimeSpan.FromMinutes(30));
        await first.WaitForOutputAsync("is ready", TimeSpan.FromMinutes(30));
    }
}
