using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Tests;

/// <summary>The read cache's own rules: answers last until the tenant's next public change, within a byte budget, outside transactions, per shell.</summary>
public sealed class PublicReadCacheTests : IDisposable
{
    private readonly PublicChanges _changes = new();
    private readonly CmsDbContext _db = new(new DbContextOptionsBuilder<CmsDbContext>().UseSqlite("Data Source=:memory:").Options);
    private int _reads;

    public PublicReadCacheTests() => _db.Database.OpenConnection();

    private TenantDb Db => new(_db);

    public void Dispose() => _db.Dispose();

    private static ShellContext Shell(string name = "gia-phu") =>
        new(new TenantRecord { Name = name, DisplayName = "Xã Gia Phú" }, new DbContextOptionsBuilder<CmsDbContext>().Options, "/tmp");

    private static PublicReadCache Cache(ShellContext shell, PublicChangeCounter counter, long budget = 10_000)
    {
        var scope = new ShellScope();
        scope.Enter(shell);
        return new PublicReadCache(scope, counter, Options.Create(new PublicReadCacheOptions { BytesPerTenant = budget }));
    }

    private Task<string> ReadAsync(PublicReadCache cache, string key, int bytes = 100) =>
        cache.GetOrLoadAsync(Db, key, () => Task.FromResult($"answer {++_reads}"), _ => bytes);

    [Fact]
    public async Task An_answer_is_kept_until_the_tenant_s_next_public_change()
    {
        var counter = new PublicChangeCounter(_changes);
        var shell = Shell();
        var cache = Cache(shell, counter);

        Assert.Equal("answer 1", await ReadAsync(cache, "latest"));
        Assert.Equal("answer 1", await ReadAsync(Cache(shell, counter), "latest"));
        _changes.Notify("another-tenant");
        Assert.Equal("answer 1", await ReadAsync(cache, "latest"));
        _changes.NotifyFromOtherNode("gia-phu");
        Assert.Equal("answer 2", await ReadAsync(cache, "latest"));
    }

    [Fact]
    public async Task Answers_beyond_the_budget_are_read_each_time_and_a_null_answer_is_never_kept()
    {
        var cache = Cache(Shell(), new PublicChangeCounter(_changes), budget: 500);

        Assert.Equal("answer 1", await ReadAsync(cache, "small"));
        Assert.Equal("answer 2", await ReadAsync(cache, "large", bytes: 1_000));
        Assert.Equal("answer 3", await ReadAsync(cache, "large", bytes: 1_000));
        Assert.Equal("answer 1", await ReadAsync(cache, "small"));
        Assert.Null(await cache.GetOrLoadAsync(Db, "missing", () => Task.FromResult<string?>(null), _ => 1));
        Assert.Equal("found", await cache.GetOrLoadAsync(Db, "missing", () => Task.FromResult<string?>("found"), _ => 1));
    }

    [Fact]
    public async Task Inside_a_transaction_the_cache_is_neither_read_nor_filled()
    {
        var cache = Cache(Shell(), new PublicChangeCounter(_changes));
        Assert.Equal("answer 1", await ReadAsync(cache, "terms"));

        await using (await _db.Database.BeginTransactionAsync())
        {
            Assert.Equal("answer 2", await ReadAsync(cache, "terms"));
            Assert.Equal("answer 3", await ReadAsync(cache, "other"));
        }

        Assert.Equal("answer 1", await ReadAsync(cache, "terms"));
        Assert.Equal("answer 4", await ReadAsync(cache, "other"));
    }

    [Fact]
    public async Task A_transaction_begun_on_a_context_the_request_had_not_used_yet_still_keeps_the_cache_out()
    {
        var cache = Cache(Shell(), new PublicChangeCounter(_changes));
        await using var unused = new CmsDbContext(new DbContextOptionsBuilder<CmsDbContext>().UseSqlite("Data Source=:memory:").Options);
        Task<string> Read() => cache.GetOrLoadAsync(new TenantDb(unused), "terms", () => Task.FromResult($"answer {++_reads}"), _ => 100);

        Assert.Equal("answer 1", await Read());
        Assert.Equal("answer 1", await Read());
        await using (await unused.Database.BeginTransactionAsync())
        {
            Assert.Equal("answer 2", await Read());
        }

        Assert.Equal("answer 1", await Read());
    }

    [Fact]
    public async Task A_new_shell_of_the_tenant_starts_empty()
    {
        var counter = new PublicChangeCounter(_changes);
        Assert.Equal("answer 1", await ReadAsync(Cache(Shell(), counter), "latest"));
        Assert.Equal("answer 2", await ReadAsync(Cache(Shell(), counter), "latest"));
    }
}
