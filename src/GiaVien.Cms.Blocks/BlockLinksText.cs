namespace GiaVien.Cms.Blocks;

/// <summary>
/// A block's links as the administrator types them, one a line: <c>Tiêu đề | địa chỉ</c>, and for a banner
/// <c>| ảnh</c> (the image's path in the media library) after it.
/// </summary>
public static class BlockLinksText
{
    public const int MaxTitleLength = 100;

    public static string Format(IReadOnlyList<BlockLink> links) =>
        string.Join('\n', links.Select(l => l.Image is { Length: > 0 } image ? $"{l.Title} | {l.Url} | {image}" : $"{l.Title} | {l.Url}"));

    /// <summary>The links typed, and a Vietnamese message for each line that is not a link.</summary>
    public static (List<BlockLink> Links, List<string> Errors) Parse(string? text)
    {
        var links = new List<BlockLink>();
        var errors = new List<string>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('|', 3, StringSplitOptions.TrimEntries);
            var link = new BlockLink(parts[0], parts.Length > 1 ? parts[1] : "", parts.Length > 2 && parts[2].Length > 0 ? parts[2].TrimStart('/') : null);
            if (link.Title.Length is 0 or > MaxTitleLength || !LinkAddress.IsValid(link.Url))
            {
                errors.Add($"Liên kết, dòng {i + 1}: cần có dạng “Tiêu đề | /duong-dan” hoặc “Tiêu đề | https://…” (tiêu đề tối đa {MaxTitleLength} ký tự).");
            }

            links.Add(link);
        }

        if (links.Count > BlockKinds.MaxLinks)
        {
            errors.Add($"Một khối có tối đa {BlockKinds.MaxLinks} liên kết.");
        }

        return (links, errors);
    }
}
