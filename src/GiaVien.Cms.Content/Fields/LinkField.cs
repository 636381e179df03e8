namespace GiaVien.Cms.Content.Fields;

/// <summary>An address: <c>{"Url":"https://…"}</c>.</summary>
public sealed class LinkField : StringField
{
    public override string Name => "Link";

    public override string DisplayName => "Liên kết";

    public override string ValueKey => "Url";
}
