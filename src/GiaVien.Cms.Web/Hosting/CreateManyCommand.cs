using System.Diagnostics;
using System.Globalization;
using GiaVien.Cms.Recipes;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// <c>tenant create-many &lt;list&gt; [--recipe giavien-commune] [--parallel N]</c>: creates every tenant of a list file,
/// one line per tenant, <c>name&lt;TAB&gt;display name[&lt;TAB&gt;URL prefix]</c> (prefix defaults to the name; blank lines
/// and lines starting with # are skipped). Each gets the first administrator of <c>Cms:Setup</c>, whose password must be
/// set (<c>Cms__Setup__AdminPassword</c>): a list of communes is not the place to print passwords.
/// </summary>
public static class CreateManyCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string file, string[] options, TextWriter output, TextWriter error)
    {
        var setup = services.GetRequiredService<IOptions<SetupOptions>>().Value;
        if (string.IsNullOrEmpty(setup.AdminPassword))
        {
            await error.WriteLineAsync("Lỗi / error: hãy đặt mật khẩu quản trị viên đầu tiên bằng biến môi trường Cms__Setup__AdminPassword.");
            return 2;
        }

        var recipe = CommandLine.Values(options, "--recipe").FirstOrDefault() ?? "giavien-commune";
        var parallel = int.TryParse(CommandLine.Values(options, "--parallel").FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0
            ? p : Environment.ProcessorCount * 2;
        var specs = (await File.ReadAllLinesAsync(file)).Select(l => l.Trim('\r')).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => Spec(l.Split('\t'), recipe)).ToList();
        var parameters = new RecipeParameters(new Dictionary<string, string>
        {
            ["AdminUserName"] = setup.AdminUserName,
            ["AdminPassword"] = setup.AdminPassword,
            ["AdminEmail"] = setup.AdminEmail ?? "",
        });

        var clock = Stopwatch.StartNew();
        var failures = await services.GetRequiredService<BulkTenantCreation>().CreateAsync(specs, parameters, parallel,
            done => { if (done % 50 == 0) { error.WriteLine($"{done}/{specs.Count} …"); } }, CancellationToken.None);
        foreach (var (tenant, message) in failures)
        {
            await error.WriteLineAsync($"Lỗi / error {tenant}: {message}");
        }

        var createdCount = specs.Count - failures.Count;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Đã tạo {createdCount}/{specs.Count} đơn vị trong {clock.Elapsed.TotalSeconds:0.0} s ({createdCount / Math.Max(clock.Elapsed.TotalSeconds, 0.001):0.0} đơn vị/s)"));
        return failures.Count == 0 ? 0 : 1;
    }

    private static TenantSpec Spec(string[] columns, string recipe) => columns switch
    {
        [var name, var displayName] => new TenantSpec(name.Trim(), displayName.Trim(), name.Trim(), [], recipe),
        [var name, var displayName, var prefix, ..] => new TenantSpec(name.Trim(), displayName.Trim(), prefix.Trim(), [], recipe),
        _ => throw new ArgumentException($"Dòng không hợp lệ (cần: tên-định-danh<TAB>tên hiển thị[<TAB>tiền tố]): {string.Join('\t', columns)}"),
    };
}
