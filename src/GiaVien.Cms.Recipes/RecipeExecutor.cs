using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Recipes;

/// <summary>
/// Applies a recipe to one tenant: included recipes are expanded, setup parameters substituted, every step
/// validated, and only then are the steps executed, all inside one database transaction.
/// </summary>
public sealed class RecipeExecutor(RecipeHarvester harvester, IEnumerable<IRecipeStep> steps, TenantRegistry registry, TimeProvider clock, ILogger<RecipeExecutor> logger)
{
    /// <summary>The step that includes other recipes: <c>{"name":"Recipes","Values":["giavien-content-types"]}</c>.</summary>
    public const string IncludeStep = "Recipes";

    /// <summary>The audit-trail action of a recipe applied to a running tenant.</summary>
    public const string AuditAction = "RecipeApplied";

    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Validates and applies <paramref name="recipe"/> to a tenant being set up, in the tenant of <paramref name="tenantServices"/>'s scope.</summary>
    /// <returns>The tenants the recipe asks the district to create.</returns>
    public Task<RecipeExecution> ExecuteAsync(RecipeDescriptor recipe, RecipeParameters parameters, IServiceProvider tenantServices, Action<string>? progress, CancellationToken cancellationToken) =>
        ExecuteAsync(recipe, parameters, tenantServices, RecipeRun.Setup, progress, cancellationToken);

    /// <summary>Validates and applies <paramref name="recipe"/> in the tenant of <paramref name="tenantServices"/>'s scope, as <paramref name="run"/> says.</summary>
    public async Task<RecipeExecution> ExecuteAsync(RecipeDescriptor recipe, RecipeParameters parameters, IServiceProvider tenantServices, RecipeRun run, Action<string>? progress, CancellationToken cancellationToken)
    {
        var shell = tenantServices.GetRequiredService<ShellScope>().Shell;
        var errors = new List<RecipeError>();
        var planned = Expand(recipe, parameters, errors, [recipe.Name]);
        var plan = await CreatePlanAsync(tenantServices, shell.Tenant.IsDefault, run.OnRunningTenant, cancellationToken);
        foreach (var step in planned)
        {
            step.Step.Validate(step.Json, plan, new StepErrors(errors, step.FileName, step.Index, step.Step.Name));
        }

        if (errors.Count > 0)
        {
            logger.LogWarning("Recipe {Recipe} refused for tenant {TenantName}: {Errors}", recipe.Name, shell.Name, errors.Select(e => e.ToString()));
            throw new RecipeException(errors);
        }

        var db = tenantServices.GetRequiredService<CmsDbContext>();
        var execution = new RecipeExecution(tenantServices, run.UserName, parameters.PasswordHashes);
        // A caller with its own transaction (enabling a feature: recipe, migrations and state at once) commits it itself.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        foreach (var step in planned)
        {
            progress?.Invoke($"Bước {planned.IndexOf(step) + 1}/{planned.Count}: {step.Step.Name} ({step.FileName})");
            try
            {
                await step.Step.ExecuteAsync(step.Json, execution, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Recipe {Recipe} failed at {File} step {StepIndex} ({StepName}); rolled back", recipe.Name, step.FileName, step.Index, step.Step.Name);
                throw new RecipeException([new RecipeError(step.FileName, step.Index, step.Step.Name, null, e.Message)]);
            }
        }

        if (run.OnRunningTenant)
        {
            // In the same transaction as the changes it describes: the trail never names a recipe that was rolled back.
            db.AuditTrail.Add(new AuditEntry { Utc = clock.GetUtcNow().UtcDateTime, UserName = run.UserName, Action = AuditAction, Details = $"{recipe.Name} ({planned.Count} bước)" });
            await db.SaveChangesAsync(cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Recipe {Recipe} applied to tenant {TenantName} ({StepCount} steps)", recipe.Name, shell.Name, planned.Count);
        return execution;
    }

    private List<PlannedStep> Expand(RecipeDescriptor recipe, RecipeParameters parameters, List<RecipeError> errors, HashSet<string> including)
    {
        var planned = new List<PlannedStep>();
        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            var unknown = new List<string>();
            var json = parameters.Apply(recipe.Steps[index], $"steps[{index}]", unknown) as JsonObject;
            var name = json is null ? null : JsonPaths.GetString(json, "name");
            foreach (var placeholder in unknown)
            {
                errors.Add(new RecipeError(recipe.FileName, index, name, null, $"Tham số không được cung cấp: {placeholder}."));
            }

            if (json is null || name is null)
            {
                errors.Add(new RecipeError(recipe.FileName, index, null, "name", "Mỗi bước phải là một đối tượng có trường \"name\"."));
            }
            else if (string.Equals(name, IncludeStep, StringComparison.OrdinalIgnoreCase))
            {
                planned.AddRange(ExpandIncludes(recipe, index, json, parameters, errors, including));
            }
            else if (_steps.TryGetValue(name, out var step))
            {
                planned.Add(new PlannedStep(step, json, recipe.FileName, index));
            }
            else
            {
                errors.Add(new RecipeError(recipe.FileName, index, name, "name",
                    $"Bước \"{name}\" không tồn tại. Các bước hợp lệ: {string.Join(", ", _steps.Keys.Append(IncludeStep))}."));
            }
        }

        return planned;
    }

    private IEnumerable<PlannedStep> ExpandIncludes(RecipeDescriptor recipe, int index, JsonObject json, RecipeParameters parameters, List<RecipeError> errors, HashSet<string> including)
    {
        foreach (var name in JsonPaths.GetStrings(json, "Values"))
        {
            if (!including.Add(name))
            {
                errors.Add(new RecipeError(recipe.FileName, index, IncludeStep, "Values", $"Công thức \"{name}\" tự bao gồm chính nó (vòng lặp)."));
                continue;
            }

            var stepErrors = new List<RecipeError>();
            var included = harvester.Find(name, stepErrors);
            errors.AddRange(stepErrors.Select(e => e with { StepIndex = e.StepIndex ?? index, StepName = e.StepName ?? IncludeStep }));
            if (included is not null)
            {
                foreach (var step in Expand(included, parameters, errors, including))
                {
                    yield return step;
                }
            }

            including.Remove(name);
        }
    }

    private async Task<RecipePlan> CreatePlanAsync(IServiceProvider services, bool isDefaultTenant, bool onRunningTenant, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CmsDbContext>();
        var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAllAsync(cancellationToken);
        var roles = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        var users = await db.Users.Select(u => u.UserName).ToListAsync(cancellationToken);
        return new RecipePlan(definitions, roles.ToHashSet(), services.GetRequiredService<StoredContentReferences>(), isDefaultTenant, registry.Map)
        {
            OnRunningTenant = onRunningTenant,
            ExistingUserNames = users.ToHashSet(StringComparer.OrdinalIgnoreCase),
        };
    }

    private sealed record PlannedStep(IRecipeStep Step, JsonObject Json, string FileName, int Index);
}
