using System.Diagnostics;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Library;

namespace GiaVien.Cms.Media.Bench;

/// <summary>
/// The library page in a folder of 10,000 files (first page, a middle page, a search) against the same page in
/// a folder of 40, on the demo's SQLite database: what "folders with 10,000 files stay fast" means in numbers.
/// </summary>
public static class ListingBench
{
    public sealed record Result(string Name, double Milliseconds, double RatioToBaseline);

    public static async Task<IReadOnlyList<Result>> RunAsync(BenchHost host, int bigFolderFiles, int repetitions)
    {
        await host.InTenantAsync("gia-hoa", async services =>
        {
            var library = services.GetRequiredService<MediaLibrary>();
            await library.CreateFolderAsync("", "lon");
            await library.CreateFolderAsync("", "nho");
            var db = services.GetRequiredService<CmsDbContext>();
            db.MediaFiles.AddRange(Files("lon", bigFolderFiles).Concat(Files("nho", MediaLibrary.PageSize)));
            return await db.SaveChangesAsync();
        });

        var baseline = await TimeAsync(host, repetitions, l => l.ListAsync("nho", null, 1));
        var middle = (bigFolderFiles / MediaLibrary.PageSize) / 2;
        return
        [
            new($"baseline: folder of {MediaLibrary.PageSize} files, page 1", baseline, 1),
            Ratio($"folder of {bigFolderFiles:N0} files, page 1", await TimeAsync(host, repetitions, l => l.ListAsync("lon", null, 1)), baseline),
            Ratio($"folder of {bigFolderFiles:N0} files, page {middle}", await TimeAsync(host, repetitions, l => l.ListAsync("lon", null, middle)), baseline),
            Ratio($"search \"hội nghị 12\" in {bigFolderFiles:N0} files", await TimeAsync(host, repetitions, l => l.ListAsync("lon", "hội nghị 12", 1)), baseline),
        ];
    }

    private static Result Ratio(string name, double ms, double baseline) => new(name, ms, ms / baseline);

    private static IEnumerable<MediaFileRecord> Files(string folder, int count) => Enumerable.Range(1, count).Select(i => new MediaFileRecord
    {
        Path = $"{folder}/hoi-nghi-{i:D5}.jpg",
        Folder = folder,
        FileName = $"hoi-nghi-{i:D5}.jpg",
        ContentType = "image/jpeg",
        Kind = MediaKind.Image,
        Length = 250_000,
        Width = 1600,
        Height = 1200,
        CreatedUtc = DateTime.UtcNow,
    });

    // Average milliseconds of one listing, each in a fresh scope (and DbContext) as a request would have.
    private static async Task<double> TimeAsync(BenchHost host, int repetitions, Func<MediaLibrary, Task<MediaPage>> list)
    {
        await host.InTenantAsync("gia-hoa", services => list(services.GetRequiredService<MediaLibrary>()));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repetitions; i++)
        {
            await host.InTenantAsync("gia-hoa", services => list(services.GetRequiredService<MediaLibrary>()));
        }

        return watch.Elapsed.TotalMilliseconds / repetitions;
    }
}
