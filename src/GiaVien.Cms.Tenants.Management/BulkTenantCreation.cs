using GiaVien.Cms.Recipes;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tenants.Management;

/// <summary>
/// Creates many tenants from one recipe (e.g. every commune of a province at installation): each is claimed and set up
/// exactly as the district administrator's "create" does (<see cref="TenantRegistry.CreateAsync"/> then
/// <see cref="TenantSetup"/>), several at a time since each tenant has its own database. One tenant's failure is
/// reported and the others go on; a failed tenant is left Uninitialized with its error, as from the admin.
/// </summary>
public sealed class BulkTenantCreation(TenantRegistry registry, TenantSetup setup, ILogger<BulkTenantCreation> logger)
{
    public async Task<IReadOnlyList<(string Tenant, string Error)>> CreateAsync(IReadOnlyList<TenantSpec> specs, RecipeParameters parameters,
        int parallelism, Action<int>? created, CancellationToken cancellationToken)
    {
        var failures = new List<(string, string)>();
        var done = 0;
        await Parallel.ForEachAsync(specs, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (spec, token) =>
        {
            try
            {
                var recipe = spec.RecipeName ?? throw new TenantException("Hãy chọn công thức khởi tạo.", nameof(TenantSpec.RecipeName));
                await registry.CreateAsync(spec, token);
                await setup.SetupAsync(spec.Name, recipe, parameters, token);
            }
            catch (Exception e) when (e is TenantException or RecipeException)
            {
                logger.LogError(e, "Tenant {TenantName} could not be created in bulk", spec.Name);
                lock (failures)
                {
                    failures.Add((spec.Name, e.Message));
                }
            }

            created?.Invoke(Interlocked.Increment(ref done));
        });
        return failures;
    }
}
