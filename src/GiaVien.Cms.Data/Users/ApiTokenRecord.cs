namespace GiaVien.Cms.Data.Users;

/// <summary>
/// A personal API token. Only the SHA-256 of the token is stored: the token itself is shown once, at
/// creation, and a leaked database does not leak usable tokens.
/// </summary>
public sealed class ApiTokenRecord
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public UserRecord? User { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
