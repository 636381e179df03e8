namespace GiaVien.Cms.Bench.Infrastructure;

/// <summary>The two apps under comparison, built into the bench's own folder by its project references.</summary>
internal static class BenchApps
{
    public static string Folder => AppContext.BaseDirectory;

    public static string CmsDll => Path.Combine(Folder, "GiaVien.Cms.Web.dll");

    public static string BaselineDll => Path.Combine(Folder, "GiaVien.Cms.Bench.Baseline.dll");

    public const string AdminPassword = "Mat-khau-do-hieu-nang-2024";

    /// <summary>
    /// The CMS as installed in production, on <paramref name="dataPath"/> (set up on its first start); another build of
    /// it with <paramref name="cmsDll"/> (its folder is then the content root).
    /// </summary>
    public static ServerProcess StartCms(string dataPath, IReadOnlyDictionary<string, string>? settings = null, string? cmsDll = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Cms__DataPath"] = dataPath,
            ["Cms__Setup__AdminPassword"] = AdminPassword,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        // The CMS's content root is its own folder (appsettings.json, recipes, themes), as after `dotnet publish`.
        var dll = cmsDll ?? CmsDll;
        return ServerProcess.Start(dll, Path.GetDirectoryName(dll)!, Path.Combine(dataPath, "stdout.log"), environment);
    }

    /// <summary>
    /// The <c>giavien-demo</c> installation on an empty <paramref name="dataPath"/>, as a first start leaves it (the setup,
    /// then the process is stopped); set up once per process and build, then copied (<see cref="SetUpTemplates"/>).
    /// </summary>
    public static Task SetUpDemoAsync(string dataPath, string? cmsDll = null)
    {
        var dll = Path.GetFullPath(cmsDll ?? CmsDll);
        return SetUpTemplates.CopyAsync($"giavien-demo|{dll}", dataPath, async template =>
        {
            await using var first = StartCms(template, cmsDll: dll);
            await first.WaitForOkAsync(timeout: TimeSpan.FromMinutes(3));
            await first.WaitForOutputAsync("is ready", TimeSpan.FromMinutes(3));
        });
    }

    /// <summary>
    /// The empty app, serving <paramref name="bodyFile"/> (or "ok"), already compressed with <paramref name="encoding"/> if
    /// given; <paramref name="workFolder"/> holds its log.
    /// </summary>
    public static ServerProcess StartBaseline(string workFolder, string? bodyFile = null, string? encoding = null)
    {
        var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        // Started outside the bin folder so it does not read the CMS's appsettings.json.
        return ServerProcess.Start(BaselineDll, workFolder, Path.Combine(workFolder, "baseline-stdout.log"), environment,
            [.. bodyFile is null ? [] : new[] { "--body", bodyFile }, .. encoding is null ? [] : new[] { "--encoding", encoding }]);
    }
}
