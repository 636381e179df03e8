using System.Text.Json;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>
/// Once a file's text has been read, has every published document that attaches it indexed again: a change-log entry
/// per document, as a publication writes, so the search index of every web node re-reads the item (and now finds the
/// text) whichever node read the file.
/// </summary>
public sealed class ReadFileReindexing(TimeProvider clock)
{
    public async Task<int> RequestAsync(ShellContext shell, string mediaPath, CancellationToken cancellationToken)
    {
        await using var db = shell.CreateDbContext();
        // The path as the item's JSON spells it (its default encoder escapes non-ASCII letters) narrows the rows in the
        // database; reading each candidate's part confirms it is one of its files.
        var inJson = JsonSerializer.Serialize(mediaPath)[1..^1];
        var candidates = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == VanBanPart.TypeName && i.Published && i.DeletedUtc == null && i.Data.Contains(inJson))
            .ToListAsync(cancellationToken);
        var attaching = candidates.Where(r => ContentItemMapper.ToItem(r).As<VanBanPart>().FilePaths.Contains(mediaPath, StringComparer.Ordinal)).ToList();
        foreach (var record in attaching)
        {
            db.ChangeLog.Add(new ChangeLogEntry
            {
                ContentItemId = record.ContentItemId,
                ContentItemVersionId = record.ContentItemVersionId,
                Operation = ChangeOperation.Publish,
                Utc = clock.GetUtcNow().UtcDateTime,
            });
        }

        if (attaching.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return attaching.Count;
    }
}
