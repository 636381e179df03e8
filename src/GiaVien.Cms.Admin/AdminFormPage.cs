using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Admin;

/// <summary>An admin page that answers its own forms: a notice after a change, or the refusal with its HTTP status.</summary>
public abstract class AdminFormPage : PageModel
{
    public string? Message { get; protected set; }
    public string? ErrorMessage { get; private set; }

    /// <summary>The page again with <paramref name="message"/> as its error (400 unless said otherwise).</summary>
    protected PageResult Refuse(string message, int statusCode = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = statusCode;
        ErrorMessage = message;
        return Page();
    }
}
