namespace GiaVien.Cms.Bench.Infrastructure;

/// <summary>One of the two CMS builds an A/B benchmark compares in the same run.</summary>
internal sealed record AbBuild(string Name, string Dll)
{
    /// <summary>A name usable as a folder name.</summary>
    public string Slug => Name.Replace(' ', '-');

    /// <summary>The build's own folder: its content root, with its appsettings.json, recipes and themes.</summary>
    public string Folder => Path.GetDirectoryName(Dll)!;
}

/// <summary>
/// A reference build (the output folder of another commit's Release build of GiaVien.Cms.Web, given as
/// <c>--reference FOLDER</c>) against the build the bench was built with.
/// </summary>
internal static class AbBuilds
{
    public const string Reference = "reference";

    public const string Current = "this build";

    public static IReadOnlyList<AbBuild> Of(string referenceFolder)
    {
        var referenceDll = Path.Combine(Path.GetFullPath(referenceFolder), "GiaVien.Cms.Web.dll");
        return File.Exists(referenceDll)
            ? [new AbBuild(Reference, referenceDll), new AbBuild(Current, BenchApps.CmsDll)]
            : throw new ArgumentException($"No GiaVien.Cms.Web.dll in {referenceFolder}: give the output folder of a build of src/GiaVien.Cms.Web.");
    }

    /// <summary>This build, then the reference when one is given (benches that also run without one).</summary>
    public static IReadOnlyList<AbBuild> CurrentAndOptional(string? referenceFolder) =>
        referenceFolder is null ? [new AbBuild(Current, BenchApps.CmsDll)] : [.. Of(referenceFolder).Reverse()];

    /// <summary>A <c>giavien-demo</c> installation per build in its own folder of <paramref name="work"/>: the data folders by build name.</summary>
    public static async Task<Dictionary<string, string>> SetUpDemosAsync(this IReadOnlyList<AbBuild> builds, WorkFolder work, TextWriter progress)
    {
        var data = new Dictionary<string, string>();
        foreach (var build in builds)
        {
            data[build.Name] = work.Sub(build.Slug);
            await BenchApps.SetUpDemoAsync(data[build.Name], build.Dll);
            progress.WriteLine($"set up {build.Dll} in {data[build.Name]}");
        }

        return data;
    }

    /// <summary>
    /// The order of one round: the reference first in odd rounds, this build first in even ones, so neither always
    /// runs right after the other (a neighbour's burst or a warm disk cache would otherwise favour one side).
    /// </summary>
    public static IEnumerable<AbBuild> InRoundOrder(this IReadOnlyList<AbBuild> builds, int round) => round % 2 == 1 ? builds : builds.Reverse();
}
