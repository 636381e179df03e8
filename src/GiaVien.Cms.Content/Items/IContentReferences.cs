namespace GiaVien.Cms.Content.Items;

/// <summary>Answers whether referenced items and taxonomy terms exist, for validating references.</summary>
public interface IContentReferences
{
    bool ItemExists(string contentItemId);

    bool TermExists(string taxonomyContentItemId, string termContentItemId);
}
