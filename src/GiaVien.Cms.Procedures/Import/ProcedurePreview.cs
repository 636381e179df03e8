using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Procedures.Import;

public enum ProcedureImportAction
{
    Create,
    Update,
    Unchanged,
}

/// <summary>
/// One row as it would be imported: the item it would become (a new one, or the existing procedure of the same code
/// with the spreadsheet's columns written over it), what would happen, and its errors in Vietnamese.
/// </summary>
public sealed record ProcedurePreviewRow(ProcedureRow Row, ContentItem Item, int? CurrentVersion, ProcedureImportAction Action, IReadOnlyList<string> Errors)
{
    public string ActionText => Errors.Count > 0 ? "Lỗi" : Action switch
    {
        ProcedureImportAction.Create => "Thêm mới",
        ProcedureImportAction.Update => "Cập nhật",
        _ => "Không thay đổi",
    };
}

/// <summary>Every row of a spreadsheet checked against the tenant; it may be imported only when no row has an error.</summary>
public sealed record ProcedurePreview(IReadOnlyList<ProcedurePreviewRow> Rows)
{
    public int ErrorCount => Rows.Count(r => r.Errors.Count > 0);

    public int Count(ProcedureImportAction action) => Rows.Count(r => r.Errors.Count == 0 && r.Action == action);
}
