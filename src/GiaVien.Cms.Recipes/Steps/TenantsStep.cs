using System.Text.Json.Nodes;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Recipes.Steps;

/// <summary>
/// <c>{"name":"Tenants","Tenants":[{"Name":"gia-hoa","DisplayName":"Xã Gia Hòa","UrlPrefix":"gia-hoa","HostNames":[],"Recipe":"…"}]}</c>:
/// sites the district creates. Allowed only in the district's own setup recipe.
/// </summary>
public sealed class TenantsStep(RecipeHarvester harvester) : IRecipeStep
{
    public string Name => "Tenants";

    public void Validate(JsonObject step, RecipePlan plan, StepErrors errors)
    {
        if (!plan.IsDefaultTenant)
        {
            errors.Add(null, "Chỉ trang của huyện (đơn vị mặc định) mới được tạo trang thành viên.");
            return;
        }

        if (plan.OnRunningTenant)
        {
            // A new tenant needs its first administrator's password, which only the tenant administration asks for.
            errors.Add(null, "Công thức áp dụng cho trang đang chạy không được tạo trang thành viên: hãy dùng mục \"Trang thành viên (đơn vị)\".");
            return;
        }

        var tenants = JsonPaths.GetArray(step, "Tenants");
        if (tenants is null)
        {
            errors.Add("Tenants", "Thiếu danh sách \"Tenants\".");
            return;
        }

        for (var i = 0; i < tenants.Count; i++)
        {
            var spec = ToSpec(tenants[i] as JsonObject ?? [], out var recipe);
            ValidateOne(spec, recipe, plan, $"Tenants[{i}]", errors);
        }
    }

    public Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken)
    {
        foreach (var tenant in JsonPaths.GetArray(step, "Tenants")!.OfType<JsonObject>())
        {
            var spec = ToSpec(tenant, out var recipe);
            execution.ChildTenants.Add((spec, recipe!));
        }

        return Task.CompletedTask;
    }

    private void ValidateOne(TenantSpec spec, string? recipe, RecipePlan plan, string path, StepErrors errors)
    {
        if (TenantNames.ValidateName(spec.Name) is { } nameError)
        {
            errors.Add($"{path}.Name", nameError);
        }
        else if (plan.Tenants.Find(spec.Name) is not null || !plan.DeclaredTenantAddresses.Add("name:" + spec.Name))
        {
            errors.Add($"{path}.Name", $"Đã có đơn vị mang tên định danh \"{spec.Name}\".");
        }

        if (string.IsNullOrWhiteSpace(spec.DisplayName))
        {
            errors.Add($"{path}.DisplayName", "Thiếu tên hiển thị.");
        }

        if (spec.UrlPrefix is { } prefix && TenantNames.ValidatePrefix(prefix) is { } prefixError)
        {
            errors.Add($"{path}.UrlPrefix", prefixError);
        }

        if (spec.UrlPrefix is null && spec.HostNames.Count == 0)
        {
            errors.Add($"{path}.UrlPrefix", "Đơn vị cần có ít nhất một tên miền hoặc một tiền tố đường dẫn.");
        }

        foreach (var host in spec.HostNames.DefaultIfEmpty(""))
        {
            var normalized = TenantNames.NormalizeHost(host);
            if (normalized.Length > 0 && TenantNames.ValidateHost(normalized) is { } hostError)
            {
                errors.Add($"{path}.HostNames", hostError);
            }
            else if (plan.Tenants.OwnerOf(normalized, spec.UrlPrefix ?? "") is not null || !plan.DeclaredTenantAddresses.Add($"{normalized}/{spec.UrlPrefix}"))
            {
                errors.Add($"{path}.UrlPrefix", $"Địa chỉ {normalized}/{spec.UrlPrefix} đã được sử dụng.");
            }
        }

        if (string.IsNullOrWhiteSpace(recipe))
        {
            errors.Add($"{path}.Recipe", "Thiếu tên công thức khởi tạo.");
            return;
        }

        var recipeErrors = new List<RecipeError>();
        if (harvester.Find(recipe, recipeErrors) is null)
        {
            errors.Add($"{path}.Recipe", string.Join(" ", recipeErrors));
        }
    }

    private static TenantSpec ToSpec(JsonObject tenant, out string? recipe)
    {
        recipe = JsonPaths.GetString(tenant, "Recipe");
        var prefix = JsonPaths.GetString(tenant, "UrlPrefix");
        return new TenantSpec(JsonPaths.GetString(tenant, "Name") ?? "", JsonPaths.GetString(tenant, "DisplayName") ?? "",
            string.IsNullOrEmpty(prefix) ? null : prefix, JsonPaths.GetStrings(tenant, "HostNames"), recipe);
    }
}
