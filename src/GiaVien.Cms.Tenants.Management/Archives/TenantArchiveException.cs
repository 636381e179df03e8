namespace GiaVien.Cms.Tenants.Management.Archives;

/// <summary>An archive that cannot be imported; the Vietnamese message says why. Nothing has been written.</summary>
public sealed class TenantArchiveException : Exception
{
    public TenantArchiveException()
    {
    }

    public TenantArchiveException(string message) : base(message)
    {
    }

    public TenantArchiveException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
