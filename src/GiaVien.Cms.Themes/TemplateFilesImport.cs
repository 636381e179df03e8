using GiaVien.Cms.Data.Themes;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Themes;

/// <summary>
/// Overrides written before they were kept in the database, as files <c>{SiteFolder}/Theme/Views/{View}.liquid</c>.
/// They are copied into the table (a row the database already has wins: it is newer) and the folder is renamed,
/// so the files are neither imported again nor mistaken for templates still in use.
/// </summary>
internal static class TemplateFilesImport
{
    public static string FolderOf(ShellContext shell) => Path.Combine(shell.SiteFolder, "Theme", "Views");

    /// <returns>How many templates were imported; 0 when there is no such folder.</returns>
    public static async Task<int> ImportAsync(ShellContext shell, DateTime now, CancellationToken cancellationToken)
    {
        var folder = FolderOf(shell);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        await using var db = shell.CreateDbContext();
        var existing = (await db.ThemeTemplates.Select(t => t.View).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder, "*.liquid")
            .Select(file => (View: Path.GetFileNameWithoutExtension(file), File: file))
            .Where(f => TemplateOverrides.IsValidName(f.View) && !existing.Contains(f.View))
            .ToList();
        foreach (var (view, file) in files)
        {
            db.ThemeTemplates.Add(new ThemeTemplateRecord
            {
                View = view,
                Source = await File.ReadAllTextAsync(file, cancellationToken),
                ModifiedUtc = File.GetLastWriteTimeUtc(file),
                ModifiedBy = "",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        Directory.Move(folder, $"{folder}.imported-{now:yyyyMMddHHmmss}");
        return files.Count;
    }
}
