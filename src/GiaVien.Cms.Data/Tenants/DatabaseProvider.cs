namespace GiaVien.Cms.Data.Tenants;

public enum DatabaseProvider
{
    Sqlite = 0,
    PostgreSql = 1,
}
