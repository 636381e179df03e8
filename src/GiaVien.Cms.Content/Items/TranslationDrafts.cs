using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// "Tạo bản tiếng Anh": a draft copy of an original, marked as its English translation, for the editor to translate.
/// An original has at most one translation per language: asking again opens the one it has.
/// </summary>
public sealed class TranslationDrafts(CmsDbContext db, ContentManager manager, StoredContentReferences references)
{
    /// <summary>Whether items of <paramref name="type"/> can be translated (the type has <see cref="LocalizationPart"/>).</summary>
    public static bool CanTranslate(ContentTypeDefinition type, ContentItem item) =>
        type.Parts.Contains(LocalizationPart.PartName) && item.As<LocalizationPart>().Culture == LocalizationPart.Vietnamese;

    /// <returns>The id of the English draft made from <paramref name="original"/>, or of the translation it already has.</returns>
    public async Task<string> EnglishAsync(ContentItem original, ContentDefinitions definitions, string userName, CancellationToken cancellationToken = default)
    {
        if (definitions.FindType(original.ContentType) is not { } type || !CanTranslate(type, original))
        {
            throw new ContentException("Nội dung này không có bản tiếng Anh: kiểu nội dung không hỗ trợ bản dịch, hoặc đây đã là một bản dịch.");
        }

        var candidates = await db.ContentItems.AsNoTracking()
            .Where(i => i.Latest && i.DeletedUtc == null && i.TranslationOf == original.ContentItemId)
            .ToListAsync(cancellationToken);
        if (candidates.Select(ContentItemMapper.ToItem).FirstOrDefault(i => i.As<LocalizationPart>() is { Culture: LocalizationPart.English } part && part.OriginalId == original.ContentItemId) is { } existing)
        {
            return existing.ContentItemId;
        }

        // Same words to start from (the editor translates them), same contacts and images; its own address under /en/.
        var copy = new ContentItem { ContentItemId = ContentManager.NewId(), ContentType = original.ContentType, Content = original.Content.DeepClone().AsObject() };
        copy.Content[LocalizationPart.PartName] = LocalizationPart.Create(LocalizationPart.English, original.ContentItemId);
        return (await manager.CreateAsync(copy, definitions, references, userName, cancellationToken)).ContentItemId;
    }
}
