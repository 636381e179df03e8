namespace GiaVien.Cms.Features;

/// <summary>A feature cannot be enabled or disabled as asked; the message tells the administrator why, in Vietnamese.</summary>
public sealed class FeatureException : Exception
{
    public FeatureException(string message) : base(message)
    {
    }

    public FeatureException()
    {
    }

    public FeatureException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
