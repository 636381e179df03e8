using GiaVien.Cms.District;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// Maintenance commands run instead of the web server, with the same configuration and data, e.g. for cron backups:
/// <code>
/// dotnet run --project src/GiaVien.Cms.Web -- tenant export gia-hoa gia-hoa.zip [--with-passwords]
/// dotnet run --project src/GiaVien.Cms.Web -- tenant import gia-hoa.zip gia-hoa-moi [--prefix P] [--host H] [--display-name "…"] [--into]
/// dotnet run --project src/GiaVien.Cms.Web -- tenant create-many communes.tsv [--recipe giavien-commune] [--parallel 4]
/// dotnet run --project src/GiaVien.Cms.Web -- recipe apply gia-hoa thong-bao            (a recipe of recipes/, or a .recipe.json file)
/// </code>
/// </summary>
public static class CommandLine
{
    private const string Usage = """
        Cách dùng / usage:
          tenant export <tên-định-danh> <tệp.zip> [--with-passwords]
          tenant import <tệp.zip> <tên-định-danh> [--prefix <tiền-tố>] [--host <tên-miền>]... [--display-name <tên>] [--into]
            --into: nhập vào đơn vị đã có nhưng chưa có dữ liệu / into an existing, empty (uninitialized) tenant
          tenant create-many <danh-sách.tsv> [--recipe giavien-commune] [--parallel <số>]
            mỗi dòng / one line each: tên-định-danh<TAB>tên hiển thị[<TAB>tiền tố]; cần / needs Cms__Setup__AdminPassword
          recipe apply <tên-định-danh> <tên-công-thức | tệp.recipe.json>
          district rebuild-shared-news
            dựng lại "Tin cơ sở" từ dữ liệu của các đơn vị / rebuilds the district's shared news from the tenants' data
        """;

    /// <summary>The user the audit trail names for what a command changes.</summary>
    public const string CommandLineUser = "dòng lệnh";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "tenant" or "recipe" or "district";

    /// <summary>Builds the host without starting the server (no hosted service runs), then runs the command.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        // The command's own arguments are not configuration: a file path like /tmp/x.zip would be read as a key.
        var builder = WebApplication.CreateBuilder();
        builder.AddCmsLogging();
        builder.Services.AddCms(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        await app.InitializeCmsAsync();
        return await ExecuteAsync(args, app.Services, Console.Out, Console.Error);
    }

    public static async Task<int> ExecuteAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        await using var changes = ActivatorUtilities.CreateInstance<CommandLineSharedNewsChanges>(services);
        try
        {
            switch (args)
            {
                case ["tenant", "export", var name, var file, .. var options]:
                    await ExportAsync(services, name, file, options.Contains("--with-passwords"));
                    await output.WriteLineAsync($"Đã sao lưu đơn vị \"{name}\" vào {Path.GetFullPath(file)}");
                    return 0;
                case ["tenant", "create-many", var file, .. var options]:
                    return await CreateManyCommand.RunAsync(services, file, options, output, error);
                case ["tenant", "import", var file, var name, .. var options]:
                    await ImportAsync(services, file, name, options);
                    await output.WriteLineAsync($"Đã nhập {file} thành đơn vị \"{name}\"");
                    return 0;
                case ["recipe", "apply", var name, var recipe]:
                    var recipes = services.GetRequiredService<RunningTenantRecipes>();
                    await recipes.ApplyAsync(name, recipes.Find(recipe), CommandLineUser);
                    await output.WriteLineAsync($"Đã áp dụng công thức \"{recipe}\" cho đơn vị \"{name}\"");
                    return 0;
                case ["district", "rebuild-shared-news"]:
                    // Tenant by tenant, each replaced in one transaction: a running node never sees an empty "Tin cơ sở".
                    var rebuilt = await services.GetRequiredService<SharedSummaryRefresher>().RebuildAsync(CancellationToken.None);
                    await output.WriteLineAsync($"Đã dựng lại tin cơ sở: {rebuilt} đơn vị có thay đổi / tenants changed");
                    return 0;
                default:
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (Exception e) when (e is TenantException or TenantArchiveException or RecipeException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await error.WriteLineAsync("Lỗi / error: " + e.Message);
            return 1;
        }
    }

    private static async Task ExportAsync(IServiceProvider services, string name, string file, bool includePasswords)
    {
        var tenant = services.GetRequiredService<TenantRegistry>().Map.Find(name) ?? throw new TenantException($"Không tìm thấy đơn vị \"{name}\".");
        // Written beside the target and moved into place, so a cron job never leaves a truncated backup under the real name.
        var partial = file + ".partial";
        await using (var stream = new FileStream(partial, FileMode.Create))
        {
            await services.GetRequiredService<TenantExporter>().ExportAsync(tenant, stream, includePasswords);
        }

        File.Move(partial, file, overwrite: true);
    }

    private static async Task ImportAsync(IServiceProvider services, string file, string name, string[] options)
    {
        var importer = services.GetRequiredService<TenantImporter>();
        await using var stream = File.OpenRead(file);
        if (options.Contains("--into"))
        {
            await importer.ImportIntoAsync(stream, name);
            return;
        }

        var hosts = Values(options, "--host").ToList();
        var prefix = Values(options, "--prefix").FirstOrDefault() ?? (hosts.Count == 0 ? name : null);
        var displayName = Values(options, "--display-name").FirstOrDefault() ?? "";
        await importer.ImportAsNewAsync(stream, new TenantSpec(name, displayName, prefix, hosts, null));
    }

    internal static IEnumerable<string> Values(string[] options, string option) =>
        options.Select((value, i) => (value, i)).Where(x => x.value == option && x.i + 1 < options.Length).Select(x => options[x.i + 1]);
}
