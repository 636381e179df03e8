using GiaVien.Cms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>The slow path of indexing: on the background schedule, every running tenant's index catches up, visited or not.</summary>
public sealed class SearchIndexingTask(SearchIndexes indexes) : ITenantBackgroundTask
{
    /// <summary>Every node has its own index, built from the shared change log.</summary>
    public bool RunsOnEveryNode => true;

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var shell = tenantServices.GetRequiredService<ShellScope>().Shell;
        var index = await indexes.GetAsync(shell.Tenant, cancellationToken);
        await index.CatchUpAsync(cancellationToken);
    }
}
