namespace GiaVien.Cms.Content.Definitions;

/// <summary>The kinds of field a content part can have; each stores its value under fixed JSON keys.</summary>
public enum FieldKind
{
    Text,
    MultiLineText,
    Html,
    DateTime,
    Boolean,
    Number,
    Media,
    Link,
    TaxonomyTerms,
    ContentPicker,
}
