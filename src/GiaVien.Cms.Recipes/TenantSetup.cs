using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Context;

namespace GiaVien.Cms.Recipes;

/// <summary>
/// Sets a tenant up from a recipe: Uninitialized → Initializing → Running. When the recipe is refused or
/// fails, the tenant's database is removed and the tenant goes back to Uninitialized with the error recorded,
/// so a corrected recipe can be applied to a clean slate.
/// </summary>
public sealed class TenantSetup(
    TenantRegistry registry,
    ShellHost shells,
    TenantDatabase database,
    RecipeHarvester harvester,
    RecipeExecutor executor,
    IServiceScopeFactory scopes,
    ILogger<TenantSetup> logger)
{
    public Task SetupAsync(string tenantName, string recipeName, RecipeParameters parameters, CancellationToken cancellationToken = default) =>
        SetupAsync(tenantName, recipeName, parameters, progress: null, cancellationToken);

    /// <param name="progress">Told, in Vietnamese, which step is running (for the administrator watching the setup).</param>
    public async Task SetupAsync(string tenantName, string recipeName, RecipeParameters parameters, Action<string>? progress, CancellationToken cancellationToken)
    {
        var tenant = registry.Map.Find(tenantName) ?? throw new TenantException($"Không tìm thấy đơn vị \"{tenantName}\".");
        if (tenant.State is not TenantState.Uninitialized)
        {
            throw new TenantException($"Đơn vị \"{tenantName}\" đã được khởi tạo.", null, isConflict: true);
        }

        using var _ = LogContext.PushProperty("Tenant", tenantName);
        await registry.SetStateAsync(tenantName, TenantState.Initializing, cancellationToken: cancellationToken);
        RecipeExecution execution;
        try
        {
            execution = await ApplyAsync(tenant, recipeName, parameters, progress, cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Setup of tenant {TenantName} with recipe {Recipe} failed; its database is removed", tenantName, recipeName);
            await DropDatabaseAsync(tenant);
            await registry.SetStateAsync(tenantName, TenantState.Uninitialized, e.Message, CancellationToken.None);
            throw;
        }

        await registry.SetStateAsync(tenantName, TenantState.Running, cancellationToken: cancellationToken);
        await CreateChildTenantsAsync(execution, parameters, cancellationToken);
    }

    private async Task DropDatabaseAsync(TenantRecord tenant)
    {
        try
        {
            await database.DropTenantAsync(tenant.Name, tenant.DatabaseProvider, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The setup error is what the administrator needs to see; a leftover database is logged and
            // replaced by the next setup attempt (migrations and the recipe run on a fresh transaction).
            logger.LogError(e, "The database of tenant {TenantName} could not be removed after a failed setup", tenant.Name);
        }
    }

    private async Task<RecipeExecution> ApplyAsync(TenantRecord tenant, string recipeName, RecipeParameters parameters, Action<string>? progress, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        var recipe = harvester.Find(recipeName, errors) ?? throw new RecipeException(errors);
        progress?.Invoke("Đang tạo cơ sở dữ liệu");
        await database.MigrateTenantAsync(tenant.Name, tenant.DatabaseProvider, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shells.CreateUnactivated(tenant));
        return await executor.ExecuteAsync(recipe, parameters.WithTenant(tenant), scope.ServiceProvider, progress, cancellationToken);
    }

    private async Task CreateChildTenantsAsync(RecipeExecution execution, RecipeParameters parameters, CancellationToken cancellationToken)
    {
        foreach (var (spec, recipe) in execution.ChildTenants)
        {
            try
            {
                await registry.CreateAsync(spec with { RecipeName = recipe }, cancellationToken);
                await SetupAsync(spec.Name, recipe, parameters, cancellationToken);
            }
            catch (Exception e) when (e is TenantException or RecipeException)
            {
                // The district site is up; a commune that failed stays Uninitialized with its error for the administrator.
                logger.LogError(e, "Tenant {ChildTenant} requested by the recipe could not be set up", spec.Name);
            }
        }
    }
}
