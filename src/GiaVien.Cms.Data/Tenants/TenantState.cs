namespace GiaVien.Cms.Data.Tenants;

public enum TenantState
{
    Uninitialized = 0,
    Initializing = 1,
    Running = 2,
    Disabled = 3,
}
