using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Context;

namespace GiaVien.Cms.Recipes;

/// <summary>
/// Applies a recipe to a tenant that is already running ("Áp dụng công thức", <c>recipe apply</c>): validated whole
/// against what the tenant holds, applied in one transaction with its audit entry, then announced as a public change
/// so every node drops what it cached of the tenant.
/// </summary>
public sealed class RunningTenantRecipes(
    TenantRegistry registry,
    ShellHost shells,
    RecipeHarvester harvester,
    RecipeExecutor executor,
    PublicChanges publicChanges,
    IServiceScopeFactory scopes,
    ILogger<RunningTenantRecipes> logger)
{
    /// <summary>The recipe of the recipes folder named <paramref name="nameOrFile"/>, or the recipe file at that path.</summary>
    public RecipeDescriptor Find(string nameOrFile)
    {
        var errors = new List<RecipeError>();
        var recipe = nameOrFile.EndsWith(RecipeHarvester.Extension, StringComparison.Ordinal) && File.Exists(nameOrFile)
            ? RecipeHarvester.Read(nameOrFile, errors)
            : harvester.Find(nameOrFile, errors);
        return recipe ?? throw new RecipeException(errors);
    }

    public Task ApplyAsync(string tenantName, RecipeDescriptor recipe, string userName, CancellationToken cancellationToken = default) =>
        InTenantAsync(tenantName, async (services, parameters) =>
        {
            await executor.ExecuteAsync(recipe, parameters, services, new RecipeRun(userName, OnRunningTenant: true), progress: null, cancellationToken);
            logger.LogInformation("Recipe {Recipe} applied to running tenant {TenantName} by {UserName}", recipe.Name, tenantName, userName);
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a scope entered into the running tenant, with the parameters a recipe may use
    /// there, then announces a public change of the tenant so every node drops what it cached of it.
    /// </summary>
    /// <param name="announce">False for work that only reads.</param>
    public async Task InTenantAsync(string tenantName, Func<IServiceProvider, RecipeParameters, Task> work, CancellationToken cancellationToken, bool announce = true)
    {
        var tenant = registry.Map.Find(tenantName) ?? throw new TenantException($"Không tìm thấy đơn vị \"{tenantName}\".");
        if (tenant.State is not TenantState.Running)
        {
            throw new TenantException($"Đơn vị \"{tenantName}\" không ở trạng thái đang hoạt động: công thức chỉ áp dụng cho trang đang chạy.", null, isConflict: true);
        }

        using var _ = LogContext.PushProperty("Tenant", tenantName);
        var shell = await shells.GetAsync(tenant, cancellationToken);
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
            // Only what a running tenant can answer: its name and address. A recipe that needs a password is refused.
            await work(scope.ServiceProvider, RecipeParameters.None.WithTenant(tenant));
        }

        if (announce)
        {
            // Types, roles and content may all have changed: every node reloads what it keeps of this tenant.
            publicChanges.Notify(tenantName);
        }
    }
}
