namespace GiaVien.Cms.Users;

/// <summary>A user request that cannot be carried out; the message is Vietnamese and shown as is.</summary>
public sealed class UserException : Exception
{
    public UserException()
    {
    }

    public UserException(string message) : base(GiaVien.Cms.Data.Text.BidiControls.Strip(message))
    {
    }

    public UserException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
