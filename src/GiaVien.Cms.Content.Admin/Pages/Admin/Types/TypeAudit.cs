namespace GiaVien.Cms.Content.Admin.Pages.Admin.Types;

/// <summary>Audit trail actions of the content type editor.</summary>
public static class TypeAudit
{
    public const string Created = "ContentTypeCreated";
    public const string Changed = "ContentTypeChanged";
    public const string FieldRemoved = "ContentFieldRemoved";
    public const string Removed = "ContentTypeRemoved";
}
