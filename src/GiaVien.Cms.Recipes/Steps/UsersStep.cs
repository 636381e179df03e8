using System.Text.Json.Nodes;
using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Recipes.Steps;

/// <summary>
/// <c>{"name":"Users","Users":[{"UserName":"[setup:AdminUserName]","Password":"[setup:AdminPassword]","Roles":["Administrator"]}]}</c>.
/// </summary>
public sealed class UsersStep : IRecipeStep
{
    public string Name => "Users";

    public void Validate(JsonObject step, RecipePlan plan, StepErrors errors)
    {
        var users = JsonPaths.GetArray(step, "Users");
        if (users is null)
        {
            errors.Add("Users", "Thiếu danh sách \"Users\".");
            return;
        }

        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i] as JsonObject ?? [];
            var userName = JsonPaths.GetString(user, "UserName");
            if (UserService.ValidateUserName(userName) is { } nameError)
            {
                errors.Add($"Users[{i}].UserName", nameError);
            }
            else if (plan.ExistingUserNames.Contains(userName!))
            {
                errors.Add($"Users[{i}].UserName", $"Đơn vị đã có người dùng \"{userName}\": công thức không thay đổi người dùng đã có.");
            }
            else if (!plan.UserNames.Add(userName!))
            {
                errors.Add($"Users[{i}].UserName", $"Tên đăng nhập \"{userName}\" bị lặp lại.");
            }

            // The policy's minimum length is enforced again when the user is created.
            if (string.IsNullOrEmpty(JsonPaths.GetString(user, "Password")))
            {
                errors.Add($"Users[{i}].Password", "Thiếu mật khẩu.");
            }

            foreach (var role in JsonPaths.GetStrings(user, "Roles").Where(r => !plan.Roles.Contains(r)))
            {
                errors.Add($"Users[{i}].Roles", $"Vai trò \"{role}\" chưa được khai báo (bước Roles phải đứng trước).");
            }
        }
    }

    public async Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        var users = execution.Services.GetRequiredService<UserService>();
        foreach (var user in JsonPaths.GetArray(step, "Users")!.OfType<JsonObject>())
        {
            await users.CreateAsync(JsonPaths.GetString(user, "UserName")!, JsonPaths.GetString(user, "Email"),
                JsonPaths.GetString(user, "Password")!, JsonPaths.GetStrings(user, "Roles"), execution.PasswordHashes, cancellationToken);
        }
    }
}
