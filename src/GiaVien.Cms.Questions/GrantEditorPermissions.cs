using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Questions;

/// <summary>
/// The feature's data migration for tenants set up before it (their Editor role has none of the question permissions):
/// editors get the four, as the shipped roles have them; a role an administrator trimmed on purpose is not there to change.
/// </summary>
public sealed class GrantEditorPermissions(int version) : IFeatureMigration
{
    private static readonly string[] All = [QuestionPermissions.View, QuestionPermissions.Assign, QuestionPermissions.Answer, QuestionPermissions.Publish];

    public int Version => version;

    public async Task ApplyAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<CmsDbContext>();
        if (await db.Roles.SingleOrDefaultAsync(r => r.Name == Roles.Editor, cancellationToken) is { } editor)
        {
            editor.Permissions = editor.Permissions.Union(All, StringComparer.Ordinal).ToList();
        }
    }
}
