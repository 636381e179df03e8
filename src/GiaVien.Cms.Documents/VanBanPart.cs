using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Parts;

namespace GiaVien.Cms.Documents;

/// <summary>
/// A document of the library (type <see cref="TypeName"/>, part <see cref="Name"/> of <c>recipes/van-ban.recipe.json</c>):
/// the only code that knows the part's field names.
/// </summary>
public sealed record VanBanPart : IContentPart<VanBanPart>
{
    public const string TypeName = "VanBan";
    public const string Name = "VanBanPart";

    /// <summary>The taxonomy whose terms are the kinds of document (Quyết định, Nghị quyết…).</summary>
    public const string KindTaxonomy = "loai-van-ban";

    public static string PartName => Name;

    public string Number { get; init; } = "";
    public IReadOnlyList<string> KindTermIds { get; init; } = [];
    public string? Issuer { get; init; }
    public string? Signer { get; init; }
    public string? Field { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<string> FilePaths { get; init; } = [];

    /// <summary>Ids of the documents this one replaces, amends and is based on.</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];
    public IReadOnlyList<string> Amends { get; init; } = [];
    public IReadOnlyList<string> BasedOn { get; init; } = [];

    public static VanBanPart From(JsonObject? json) => new()
    {
        Number = TextField.Read(json, "SoKyHieu") ?? "",
        KindTermIds = TaxonomyTermsField.Read(json, "LoaiVanBan"),
        Issuer = TextField.Read(json, "CoQuanBanHanh"),
        Signer = TextField.Read(json, "NguoiKy"),
        Field = TextField.Read(json, "LinhVuc"),
        IssuedOn = DateField.Read(json?["NgayBanHanh"]?["Value"]),
        EffectiveOn = DateField.Read(json?["NgayHieuLuc"]?["Value"]),
        ExpiresOn = DateField.Read(json?["NgayHetHieuLuc"]?["Value"]),
        Summary = TextField.Read(json, "TrichYeu") ?? "",
        FilePaths = FieldJson.Texts(json?["TepVanBan"]?["Paths"]),
        Replaces = FieldJson.Texts(json?["ThayThe"]?["ContentItemIds"]),
        Amends = FieldJson.Texts(json?["SuaDoi"]?["ContentItemIds"]),
        BasedOn = FieldJson.Texts(json?["CanCu"]?["ContentItemIds"]),
    };
}
