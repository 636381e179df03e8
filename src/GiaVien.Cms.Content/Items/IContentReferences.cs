namespace GiaVien.Cms.Content.Items;

/// <summary>Answers whether referenced items, taxonomy terms and media files exist, for validating references.</summary>
public interface IContentReferences
{
    bool ItemExists(string contentItemId);

    bool TermExists(string taxonomyContentItemId, string termContentItemId);

    /// <summary>Whether the tenant's own media library holds a file at <paramref name="path"/> (<c>album/anh-1.jpg</c>).</summary>
    bool MediaFileExists(string path);

    /// <summary>The type of an existing item; null when it does not exist or this source cannot tell (then no type is checked).</summary>
    string? TypeOf(string contentItemId) => null;
}
