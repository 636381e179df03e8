using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Library;

namespace GiaVien.Cms.Blocks;

/// <summary>
/// The settings of a block as typed in the admin, checked before they are stored: the choices it names must exist in
/// the tenant (a category, a content type, the images of banners in its own media library).
/// </summary>
public sealed class BlockValidation(MediaLibrary media)
{
    public const int MaxTitleLength = 100;

    public async Task<List<string>> CheckAsync(Block block, BlockChoices choices, IReadOnlyList<string> linkErrors, CancellationToken cancellationToken)
    {
        var kind = BlockKinds.Find(block.Kind)!;
        var errors = new List<string>(linkErrors);
        if (block.Title is { Length: > MaxTitleLength })
        {
            errors.Add($"Tiêu đề khối tối đa {MaxTitleLength} ký tự.");
        }

        if (kind.HasCount && block.Count is < 1 or > BlockKinds.MaxCount)
        {
            errors.Add($"Số mục hiển thị phải từ 1 đến {BlockKinds.MaxCount}.");
        }

        if (block.Kind == BlockKinds.Category && !choices.Categories.Any(c => c.Value == block.Category))
        {
            errors.Add("Hãy chọn một chuyên mục của trang.");
        }

        if (block.Kind == BlockKinds.LatestOfType && !choices.ContentTypes.Any(t => t.Value == block.ContentType))
        {
            errors.Add("Hãy chọn một loại nội dung đang có trên trang.");
        }

        if (kind.HasLinks && block.Links.Count == 0)
        {
            errors.Add("Khối cần ít nhất một liên kết.");
        }

        if (block.Kind == BlockKinds.LinkBanners)
        {
            foreach (var link in block.Links)
            {
                if (link.Image is null || await media.FindAsync(link.Image, cancellationToken) is not { Kind: MediaKind.Image })
                {
                    errors.Add($"Biểu ngữ “{link.Title}”: cần đường dẫn một ảnh trong thư viện tệp của đơn vị (ví dụ bieu-ngu/dich-vu-cong.png).");
                }
            }
        }

        return errors;
    }
}

/// <summary>A choice of a select in the block editor: what is stored and what the administrator reads.</summary>
public sealed record BlockChoice(string Value, string Text);

/// <summary>The tenant's categories and routable content types, offered to category and "latest of a type" blocks.</summary>
public sealed record BlockChoices(IReadOnlyList<BlockChoice> Categories, IReadOnlyList<BlockChoice> ContentTypes);
