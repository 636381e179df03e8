namespace GiaVien.Cms.Procedures.Import;

/// <summary>One data row of the spreadsheet: its row number in the sheet and its cells by field (only the columns the file has).</summary>
public sealed record ProcedureRow(int RowNumber, IReadOnlyDictionary<string, string> Values)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Code => Values.GetValueOrDefault(ProcedureColumns.Code.Field) ?? "";
}
