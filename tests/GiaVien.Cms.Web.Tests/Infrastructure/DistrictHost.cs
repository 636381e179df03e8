using GiaVien.Cms.Data.Tenants;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>A district-only installation (SQLite, giavien-district) with extra settings, shared by one test class, removed afterwards.</summary>
public abstract class DistrictHost : CmsHost, IAsyncLifetime
{
    protected DistrictHost(IReadOnlyDictionary<string, string> settings) : base(DatabaseProvider.Sqlite, recipe: "giavien-district") => Settings = settings;

    public Task InitializeAsync() => StartAsync(expectedTenants: 1);

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DemoHost.DeleteDataAsync(this);
    }
}
