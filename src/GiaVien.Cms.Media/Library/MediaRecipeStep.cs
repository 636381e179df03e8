using System.Text.Json.Nodes;
using GiaVien.Cms.Data;
using GiaVien.Cms.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Media.Library;

/// <summary>
/// <c>{"name":"Media","Files":[{"Source":"media/dam-sen.jpg","Folder":"demo","AltText":"…","Caption":"…"}]}</c>:
/// files shipped in the recipes folder, imported into the tenant's library through the upload checks, each at
/// exactly <c>{Folder}/{file name}</c> so that the recipe's content can show them. A file already at its path is kept.
/// </summary>
public sealed class MediaRecipeStep(RecipeHarvester harvester) : IRecipeStep
{
    public string Name => "Media";

    public void Validate(JsonObject step, RecipePlan plan, StepErrors errors)
    {
        var files = JsonPaths.GetArray(step, "Files");
        if (files is null)
        {
            errors.Add("Files", "Thiếu danh sách tệp \"Files\".");
            return;
        }

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i] as JsonObject ?? [];
            var folder = JsonPaths.GetString(file, "Folder") ?? "";
            if (!MediaPath.IsValidFolder(folder))
            {
                errors.Add($"Files[{i}].Folder", $"Thư mục \"{folder}\" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, các cấp cách nhau bởi \"/\".");
            }

            var source = SourceOf(file);
            if (source is null)
            {
                errors.Add($"Files[{i}].Source", "\"Source\" phải là đường dẫn của một tệp bên trong thư mục công thức, ví dụ \"media/dam-sen.jpg\".");
            }
            else if (!MediaPath.IsValidFileName(Path.GetFileName(source)))
            {
                errors.Add($"Files[{i}].Source", $"Tên tệp \"{Path.GetFileName(source)}\" phải viết thường, không dấu, chỉ gồm chữ, số và dấu gạch ngang.");
            }
            else if (!File.Exists(source))
            {
                errors.Add($"Files[{i}].Source", $"Không tìm thấy tệp \"{JsonPaths.GetString(file, "Source")}\" trong thư mục công thức.");
            }
            else if (MediaPath.IsValidFolder(folder))
            {
                plan.DeclareMediaFile(MediaPath.Combine(folder, Path.GetFileName(source)));
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var library = execution.Services.GetRequiredService<MediaLibrary>();
        var db = execution.Services.GetRequiredService<CmsDbContext>();
        foreach (var file in JsonPaths.GetArray(step, "Files")!.OfType<JsonObject>())
        {
            var source = SourceOf(file)!;
            var folder = JsonPaths.GetString(file, "Folder") ?? "";
            var target = MediaPath.Combine(folder, Path.GetFileName(source));
            if (await db.MediaFiles.AnyAsync(f => f.Path == target, cancellationToken))
            {
                // Applied again to a running tenant: the file (and the text its editors may have changed) stays.
                continue;
            }

            await using var content = File.OpenRead(source);
            var path = await library.ImportAsync(folder, Path.GetFileName(source), content, execution.UserName, cancellationToken);
            await library.UpdateTextAsync(path, JsonPaths.GetString(file, "AltText"), JsonPaths.GetString(file, "Caption"), cancellationToken);
        }
    }

    /// <summary>The full path of the file named by "Source", or null when it would leave the recipes folder.</summary>
    private string? SourceOf(JsonObject file)
    {
        var source = JsonPaths.GetString(file, "Source");
        if (string.IsNullOrWhiteSpace(source) || Path.IsPathRooted(source))
        {
            return null;
        }

        var root = Path.GetFullPath(harvester.Folder) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, source));
        return full.StartsWith(root, StringComparison.Ordinal) ? full : null;
    }
}
