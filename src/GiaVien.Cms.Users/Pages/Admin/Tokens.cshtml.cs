using System.Security.Claims;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Users.Pages.Admin;

/// <summary>Mã truy cập API: a user's own tokens for the write API; a new token is shown once.</summary>
[AdminPermission(Roles.AccessAdmin)]
public sealed class TokensModel(ApiTokenService tokens) : PageModel
{
    public IReadOnlyList<ApiTokenRecord> Tokens { get; private set; } = [];
    public string? NewToken { get; private set; }
    public string? ErrorMessage { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    private int UserId => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync() => Tokens = await tokens.ListAsync(UserId, HttpContext.RequestAborted);

    public async Task OnPostCreateAsync()
    {
        try
        {
            NewToken = (await tokens.CreateAsync(UserId, Name ?? "", HttpContext.RequestAborted)).Token;
        }
        catch (UserException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ErrorMessage = e.Message;
        }

        Tokens = await tokens.ListAsync(UserId, HttpContext.RequestAborted);
    }

    /// <summary>Revokes one of the user's own tokens; another user's token, or none, is "not found" (404), never an error.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(int tokenId)
    {
        try
        {
            await tokens.RevokeAsync(UserId, tokenId, HttpContext.RequestAborted);
            return RedirectToPage();
        }
        catch (UserException e)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            ErrorMessage = e.Message;
            Tokens = await tokens.ListAsync(UserId, HttpContext.RequestAborted);
            return Page();
        }
    }
}
