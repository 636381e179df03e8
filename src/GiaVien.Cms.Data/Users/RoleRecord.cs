namespace GiaVien.Cms.Data.Users;

public sealed class RoleRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>Permission names granted by the role.</summary>
    public List<string> Permissions { get; set; } = [];
    public List<UserRecord> Users { get; set; } = [];
}
