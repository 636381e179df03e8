namespace GiaVien.Cms.Documents;

/// <summary>
/// Tình trạng hiệu lực, computed rather than chosen: an editor forgets to come back to a document the day it expires
/// or is replaced, while its dates and the replacing document say it exactly.
/// </summary>
public static class DocumentStatus
{
    public const string InForce = "Còn hiệu lực";
    public const string NotYetInForce = "Chưa có hiệu lực";
    public const string Expired = "Hết hiệu lực";

    public static IReadOnlyList<string> All { get; } = [InForce, NotYetInForce, Expired];

    /// <param name="replaced">Whether a published document replaces this one.</param>
    public static string Of(VanBanPart document, DateOnly today, bool replaced) =>
        replaced || document.ExpiresOn <= today ? Expired
        : document.EffectiveOn > today ? NotYetInForce
        : InForce;
}
