namespace GiaVien.Cms.Tenants;

/// <summary>A tenant request that cannot be carried out; <see cref="Exception.Message"/> is shown to the administrator.</summary>
public sealed class TenantException : Exception
{
    public TenantException(string message, string? field = null, bool isConflict = false) : base(GiaVien.Cms.Data.Text.BidiControls.Strip(message))
    {
        Field = field;
        IsConflict = isConflict;
    }

    public TenantException()
    {
    }

    public TenantException(string message) : base(message)
    {
    }

    public TenantException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The input field at fault (Name, UrlPrefix, HostNames…), when there is one.</summary>
    public string? Field { get; }

    /// <summary>True when the request clashes with another tenant (HTTP 409 rather than 400).</summary>
    public bool IsConflict { get; }
}
