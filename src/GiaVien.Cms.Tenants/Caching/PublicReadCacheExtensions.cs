using GiaVien.Cms.Data;

namespace GiaVien.Cms.Tenants.Caching;

public static class PublicReadCacheExtensions
{
    /// <summary>Through the cache when there is one; a query service made by hand (another tenant's database) has none and reads.</summary>
    public static Task<T> ReadThroughAsync<T>(this PublicReadCache? cache, TenantDb db, string key, Func<Task<T>> load, Func<T, long> bytes) =>
        cache is null ? load() : cache.GetOrLoadAsync(db, key, load, bytes);
}
