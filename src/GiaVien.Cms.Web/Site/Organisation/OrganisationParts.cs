using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Parts;

namespace GiaVien.Cms.Web.Site.Organisation;

/// <summary>An organisation unit (type <c>DonVi</c> of <c>recipes/gioi-thieu.recipe.json</c>): its place in the tree, duties and contacts.</summary>
public sealed record DonViPart : IContentPart<DonViPart>
{
    public static string PartName => "DonViPart";

    public string? ParentId { get; init; }

    /// <summary>Sanitised when saved, like every HTML field.</summary>
    public string? FunctionsHtml { get; init; }

    public string? Office { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public decimal Order { get; init; }

    public static DonViPart From(JsonObject? json) => new()
    {
        ParentId = FieldJson.Texts(json?["Parent"]?["ContentItemIds"]) is [var parent, ..] ? parent : null,
        FunctionsHtml = HtmlField.Read(json, "Functions"),
        Office = TextField.Read(json, "Office"),
        Phone = TextField.Read(json, "Phone"),
        Email = TextField.Read(json, "Email"),
        Order = OrganisationOrder.Read(json),
    };
}

/// <summary>A leader or official (type <c>CanBo</c>): chức vụ, unit, photo and contacts, and whether they lead or speak for it.</summary>
public sealed record CanBoPart : IContentPart<CanBoPart>
{
    public static string PartName => "CanBoPart";

    public string? Position { get; init; }

    public string? UnitId { get; init; }

    public string? PhotoPath { get; init; }

    public string? PhotoAlt { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Office { get; init; }

    public bool Leader { get; init; }

    public bool Spokesperson { get; init; }

    public decimal Order { get; init; }

    public static CanBoPart From(JsonObject? json)
    {
        var (photo, alt) = MediaField.First(json, "Photo");
        return new()
        {
            Position = TextField.Read(json, "Position"),
            UnitId = FieldJson.Texts(json?["Unit"]?["ContentItemIds"]) is [var unit, ..] ? unit : null,
            PhotoPath = photo,
            PhotoAlt = alt,
            Phone = TextField.Read(json, "Phone"),
            Email = TextField.Read(json, "Email"),
            Office = TextField.Read(json, "Office"),
            Leader = BooleanField.Read(json, "Leader"),
            Spokesperson = BooleanField.Read(json, "Spokesperson"),
            Order = OrganisationOrder.Read(json),
        };
    }
}

internal static class OrganisationOrder
{
    /// <summary>The "Thứ tự hiển thị" field; items without one come after those with one.</summary>
    public static decimal Read(JsonObject? part) =>
        part?["Order"]?["Value"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<decimal>() : decimal.MaxValue;
}
