namespace GiaVien.Cms.Content.Items;

/// <summary>Answers whether referenced items and taxonomy terms exist, for validating references.</summary>
public interface IContentReferences
{
    bool ItemExists(string contentItemId);

    bool TermExists(string taxonomyContentItemId, string termContentItemId);

    /// <summary>The type of an existing item; null when it does not exist or this source cannot tell (then no type is checked).</summary>
    string? TypeOf(string contentItemId) => null;
}
