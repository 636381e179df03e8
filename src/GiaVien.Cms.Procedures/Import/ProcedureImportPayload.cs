using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace GiaVien.Cms.Procedures.Import;

/// <summary>
/// Carries the previewed rows from the preview to the confirmation inside the form, compressed and protected for one
/// tenant and one user: nothing is stored before the user confirms, any web node can read it back, and nobody can
/// slip other rows in.
/// </summary>
public sealed class ProcedureImportPayload(IDataProtectionProvider protection)
{
    public string Protect(IReadOnlyList<ProcedureRow> rows, string tenant, string userName)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, rows);
        }

        return Convert.ToBase64String(Protector(tenant, userName).Protect(buffer.ToArray()));
    }

    /// <summary>The rows, or null when the payload is not one this tenant and user were given.</summary>
    public IReadOnlyList<ProcedureRow>? Unprotect(string payload, string tenant, string userName)
    {
        try
        {
            var bytes = Protector(tenant, userName).Unprotect(Convert.FromBase64String(payload));
            using var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<List<ProcedureRow>>(brotli);
        }
        catch (Exception e) when (e is FormatException or CryptographicException or JsonException)
        {
            return null;
        }
    }

    private IDataProtector Protector(string tenant, string userName) =>
        protection.CreateProtector("GiaVien.Cms.Procedures.Import", tenant, userName);
}
