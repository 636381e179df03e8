using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;

namespace GiaVien.Cms.Procedures.Import;

/// <summary>
/// Writes a confirmed preview: new procedures are created published, changed ones get a new published version (so
/// their history shows what the spreadsheet changed), unchanged ones are left alone. One transaction: all or nothing.
/// </summary>
public sealed class ProcedureImporter(CmsDbContext db, ContentDefinitionStore definitionStore, ContentManager manager, ContentPublisher publisher, StoredContentReferences references)
{
    public async Task ApplyAsync(ProcedurePreview preview, string userName, CancellationToken cancellationToken)
    {
        if (preview.ErrorCount > 0)
        {
            throw new InvalidOperationException("A preview with errors cannot be imported.");
        }

        var definitions = await definitionStore.LoadAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in preview.Rows)
        {
            if (row.Action == ProcedureImportAction.Create)
            {
                await manager.CreateAsync(row.Item, definitions, references, userName, cancellationToken);
            }
            else if (row.Action == ProcedureImportAction.Update)
            {
                await manager.SaveDraftAsync(row.Item, row.CurrentVersion!.Value, definitions, references, userName, cancellationToken);
                await publisher.PublishAsync(row.Item.ContentItemId, userName, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
