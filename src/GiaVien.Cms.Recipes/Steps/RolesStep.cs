using System.Text.Json.Nodes;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Recipes.Steps;

/// <summary><c>{"name":"Roles","Roles":[{"Name":"Editor","DisplayName":"Biên tập viên","Permissions":[…]}]}</c>.</summary>
public sealed class RolesStep : IRecipeStep
{
    public string Name => "Roles";

    public void Validate(JsonObject step, RecipePlan plan, StepErrors errors)
    {
        var roles = JsonPaths.GetArray(step, "Roles");
        if (roles is null)
        {
            errors.Add("Roles", "Thiếu danh sách \"Roles\".");
            return;
        }

        for (var i = 0; i < roles.Count; i++)
        {
            var role = roles[i] as JsonObject ?? [];
            var name = JsonPaths.GetString(role, "Name");
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add($"Roles[{i}].Name", "Thiếu tên vai trò.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(JsonPaths.GetString(role, "DisplayName")))
            {
                errors.Add($"Roles[{i}].DisplayName", "Thiếu tên hiển thị của vai trò.");
            }

            plan.Roles.Add(name);
        }
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var db = execution.Services.GetRequiredService<CmsDbContext>();
        foreach (var role in JsonPaths.GetArray(step, "Roles")!.OfType<JsonObject>())
        {
            var name = JsonPaths.GetString(role, "Name")!;
            var record = await db.Roles.SingleOrDefaultAsync(r => r.Name == name, cancellationToken);
            if (record is null)
            {
                record = new RoleRecord { Name = name, DisplayName = "" };
                db.Roles.Add(record);
            }

            record.DisplayName = JsonPaths.GetString(role, "DisplayName")!;
            record.Permissions = JsonPaths.GetStrings(role, "Permissions");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
