using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// The host-level list of tenants. Reads come from an in-memory <see cref="TenantMap"/>; writes go to the
/// host database and then replace the map and tell listeners (shells, caches) which tenant changed.
/// </summary>
public sealed class TenantRegistry(TenantDatabase database, NodeTopology topology, TimeProvider clock, ILogger<TenantRegistry> logger)
{
    private readonly Lock _mapLock = new();
    private volatile TenantMap _map = TenantMap.Empty;

    // The web host reads the records after it listens: until then the empty map says nothing about the installation.
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Raised with the tenant's name after its record changed (created, state, bindings, removed), here or, when
    /// the installation runs on several nodes, on another node; the map is already reloaded.
    /// </summary>
    public event Action<string>? Changed;

    /// <summary>Raised after a change made on this node only: what the cluster module tells the other nodes.</summary>
    public event Action<string>? ChangedHere;

    public TenantMap Map => _map;

    /// <summary>Whether the tenant records have been read since the start; before that <see cref="Map"/> is empty.</summary>
    public bool IsLoaded => _loaded.Task.IsCompleted;

    /// <summary>Completes once the tenant records have been read since the start: what work on the map waits for.</summary>
    public Task WhenLoadedAsync(CancellationToken cancellationToken = default) => _loaded.Task.WaitAsync(cancellationToken);

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = new HostDbContext(database.HostOptions());
        var tenants = await TenantRecordsReader.ReadAllAsync(db, cancellationToken);
        lock (_mapLock)
        {
            _map = new TenantMap(tenants);
        }

        _loaded.TrySetResult();
    }

    /// <summary>
    /// Reads one tenant's record again and swaps it into the map: a change costs one row, not the whole list (which
    /// matters when a thousand tenants are created in a row). Of two reloads of one tenant racing, the newer version wins.
    /// </summary>
    private async Task ReloadTenantAsync(string name, CancellationToken cancellationToken)
    {
        TenantRecord? record;
        await using (var db = new HostDbContext(database.HostOptions()))
        {
            record = await db.Tenants.AsNoTracking().Include(t => t.Bindings).SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        }

        lock (_mapLock)
        {
            if (record is not null && _map.Find(name) is { } current && current.Version > record.Version)
            {
                return;
            }

            var others = _map.Tenants.Where(t => t.Name != name);
            _map = new TenantMap(record is null ? others : others.Append(record));
        }
    }

    public async Task<TenantRecord> CreateAsync(TenantSpec spec, CancellationToken cancellationToken = default)
    {
        var isDefault = spec.Name == TenantRecord.DefaultName;
        var bindings = Validate(spec, isDefault);
        var provider = spec.DatabaseProvider ?? database.DefaultProvider;
        ThrowIfNodeLocal(provider);
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new TenantRecord
        {
            Name = spec.Name,
            DisplayName = spec.DisplayName.Trim(),
            UrlPrefix = string.IsNullOrEmpty(spec.UrlPrefix) ? null : spec.UrlPrefix,
            DatabaseProvider = provider,
            RecipeName = spec.RecipeName,
            State = TenantState.Uninitialized,
            CreatedUtc = now,
            ModifiedUtc = now,
            Bindings = bindings.Select(b => new TenantBinding { Host = b.Host, Prefix = b.Prefix, TenantName = spec.Name }).ToList(),
        };

        await using (var db = new HostDbContext(database.HostOptions()))
        {
            await ThrowIfTakenAsync(db, record, cancellationToken);
            db.Tenants.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e)
            {
                // Another administrator (or node) claimed the same name or address between our check and insert.
                logger.LogWarning(e, "Tenant {TenantName} could not be created: a concurrent change took its name or address", spec.Name);
                throw new TenantException("Tên định danh hoặc địa chỉ vừa được một đơn vị khác sử dụng. Vui lòng tải lại và thử lại.", null, isConflict: true);
            }
        }

        logger.LogInformation("Tenant {TenantName} created with bindings {Bindings}", record.Name, bindings);
        await AfterChangeAsync(record.Name, cancellationToken);
        return record;
    }

    public async Task SetStateAsync(string name, TenantState state, string? error = null, CancellationToken cancellationToken = default)
    {
        await using (var db = new HostDbContext(database.HostOptions()))
        {
            var record = await db.Tenants.SingleOrDefaultAsync(t => t.Name == name, cancellationToken)
                ?? throw NotFound(name);
            record.State = state;
            record.LastError = error;
            record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            record.Version++;
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Tenant {TenantName} is now {TenantState}", name, state);
        await AfterChangeAsync(name, cancellationToken);
    }

    /// <summary>
    /// Changes the display name, host names and URL prefix. <paramref name="expectedVersion"/> is the version
    /// the administrator edited: if someone saved in between, the change is refused rather than lost.
    /// The new map replaces the old one atomically, so requests in flight finish on the shell they began with.
    /// </summary>
    public async Task<TenantRecord> UpdateAsync(string name, int expectedVersion, TenantSpec spec, CancellationToken cancellationToken = default)
    {
        TenantRecord record;
        await using (var db = new HostDbContext(database.HostOptions()))
        {
            record = await db.Tenants.Include(t => t.Bindings).SingleOrDefaultAsync(t => t.Name == name, cancellationToken)
                ?? throw NotFound(name);
            if (record.IsDefault && (!string.IsNullOrEmpty(spec.UrlPrefix) || spec.HostNames.Count > 0))
            {
                throw new TenantException("Trang của huyện luôn trả lời ở địa chỉ gốc: chỉ đổi được tên hiển thị.", nameof(TenantSpec.UrlPrefix));
            }

            var wanted = Validate(spec with { Name = name }, record.IsDefault);
            var current = record.Bindings.Select(b => (b.Host, b.Prefix)).ToHashSet();
            var added = wanted.Where(b => !current.Contains(b)).ToList();
            await ThrowIfBindingsTakenAsync(db, added, cancellationToken);
            record.Bindings.RemoveAll(b => !wanted.Contains((b.Host, b.Prefix)));
            record.Bindings.AddRange(added.Select(b => new TenantBinding { Host = b.Host, Prefix = b.Prefix, TenantName = name }));
            record.DisplayName = spec.DisplayName.Trim();
            record.UrlPrefix = string.IsNullOrEmpty(spec.UrlPrefix) ? null : spec.UrlPrefix;
            await SaveVersionedAsync(db, record, expectedVersion, cancellationToken);
        }

        logger.LogInformation("Tenant {TenantName} updated: bindings {Bindings}", name, record.Bindings.Select(b => (b.Host, b.Prefix)));
        await AfterChangeAsync(name, cancellationToken);
        return record;
    }

    /// <summary>Disables a running tenant or enables a disabled one; other transitions are refused.</summary>
    public async Task ChangeStateAsync(string name, int expectedVersion, TenantState state, CancellationToken cancellationToken = default)
    {
        await using (var db = new HostDbContext(database.HostOptions()))
        {
            var record = await db.Tenants.SingleOrDefaultAsync(t => t.Name == name, cancellationToken) ?? throw NotFound(name);
            var allowed = (record.State, state) switch
            {
                (TenantState.Running, TenantState.Disabled) => !record.IsDefault,
                (TenantState.Disabled, TenantState.Running) => record.RetiredInto is null,
                _ => false,
            };
            if (!allowed)
            {
                throw new TenantException(record.IsDefault
                    ? "Không thể tạm ngừng trang của huyện."
                    : record.RetiredInto is not null
                        ? $"Đơn vị đã được sáp nhập vào \"{record.RetiredInto}\": không thể hoạt động lại."
                        : $"Không thể chuyển đơn vị từ trạng thái {record.State} sang {state}.", null, isConflict: true);
            }

            record.State = state;
            await SaveVersionedAsync(db, record, expectedVersion, cancellationToken);
        }

        logger.LogInformation("Tenant {TenantName} is now {TenantState}", name, state);
        await AfterChangeAsync(name, cancellationToken);
    }

    /// <summary>
    /// Deletes the tenant's record (its bindings, redirects and statistics go with it). Only a disabled or a
    /// never-initialized tenant can be removed; its data must have been archived and deleted by the caller.
    /// </summary>
    public async Task RemoveAsync(string name, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using (var db = new HostDbContext(database.HostOptions()))
        {
            var record = await db.Tenants.SingleOrDefaultAsync(t => t.Name == name, cancellationToken) ?? throw NotFound(name);
            ThrowUnlessRemovable(record);
            db.Entry(record).Property(r => r.Version).OriginalValue = expectedVersion;
            db.Tenants.Remove(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw ChangedMeanwhile(name);
            }
        }

        logger.LogWarning("Tenant {TenantName} removed", name);
        await AfterChangeAsync(name, cancellationToken);
    }

    /// <summary>Refuses with a Vietnamese message unless the tenant may be removed (disabled, or never set up).</summary>
    public static void ThrowUnlessRemovable(TenantRecord record)
    {
        if (record.IsDefault || record.State is not (TenantState.Disabled or TenantState.Uninitialized))
        {
            throw new TenantException(record.IsDefault
                ? "Không thể xóa trang của huyện."
                : "Chỉ xóa được đơn vị đã tạm ngừng hoạt động. Hãy tạm ngừng đơn vị trước.", null, isConflict: true);
        }
    }

    /// <summary>Marks <paramref name="name"/> as merged into <paramref name="target"/>, records its redirects and disables it, in one transaction.</summary>
    public async Task RetireAsync(string name, string target, IReadOnlyCollection<TenantRedirect> redirects, CancellationToken cancellationToken = default)
    {
        await using (var db = new HostDbContext(database.HostOptions()))
        {
            var record = await db.Tenants.SingleOrDefaultAsync(t => t.Name == name, cancellationToken) ?? throw NotFound(name);
            var known = await db.Redirects.Where(r => r.TenantName == name).Select(r => r.Path).ToListAsync(cancellationToken);
            db.Redirects.AddRange(redirects.Where(r => !known.Contains(r.Path)));
            record.RetiredInto = target;
            record.State = TenantState.Disabled;
            record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            record.Version++;
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Tenant {TenantName} retired into {TargetTenant} with {RedirectCount} redirects", name, target, redirects.Count);
        await AfterChangeAsync(name, cancellationToken);
    }

    /// <summary>The old paths of a retired tenant and their new (tenant, path).</summary>
    public async Task<Dictionary<string, (string Tenant, string Path)>> LoadRedirectsAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = new HostDbContext(database.HostOptions());
        return await db.Redirects.AsNoTracking().Where(r => r.TenantName == name)
            .ToDictionaryAsync(r => r.Path, r => (r.TargetTenant, r.TargetPath), StringComparer.Ordinal, cancellationToken);
    }

    private async Task SaveVersionedAsync(HostDbContext db, TenantRecord record, int expectedVersion, CancellationToken cancellationToken)
    {
        // The version the administrator saw is the one the UPDATE's WHERE clause checks.
        db.Entry(record).Property(r => r.Version).OriginalValue = expectedVersion;
        record.Version = expectedVersion + 1;
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw ChangedMeanwhile(record.Name);
        }
        catch (DbUpdateException e)
        {
            logger.LogWarning(e, "Tenant {TenantName} could not be updated: a concurrent change took one of its addresses", record.Name);
            throw new TenantException("Một địa chỉ vừa được đơn vị khác sử dụng. Vui lòng tải lại và thử lại.", null, isConflict: true);
        }
    }

    /// <summary>
    /// Every creation path (the form, an import, the CLI, a recipe's <c>Tenants</c> step) comes here: on several nodes a
    /// SQLite file would exist on one node's disk only, and every other node would serve an empty site instead.
    /// </summary>
    private void ThrowIfNodeLocal(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite && topology.SeveralNodes)
        {
            throw new TenantException("Hệ thống đang chạy trên nhiều máy chủ: tệp SQLite chỉ nằm trên một máy nên các máy khác sẽ không thấy dữ liệu của đơn vị. Hãy chọn PostgreSQL.",
                nameof(TenantSpec.DatabaseProvider));
        }
    }

    private static TenantException NotFound(string name) => new($"Không tìm thấy đơn vị \"{name}\".");

    private static TenantException ChangedMeanwhile(string name) =>
        new($"Đơn vị \"{name}\" vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại.", null, isConflict: true);

    /// <summary>
    /// Another node changed <paramref name="name"/>'s record: reload the map and tell this node's listeners. A notice that
    /// comes before the start's full read waits for it, so the map never holds that one tenant without the others.
    /// </summary>
    public async Task ApplyChangeFromOtherNodeAsync(string name, CancellationToken cancellationToken = default)
    {
        await WhenLoadedAsync(cancellationToken);
        await ReloadAndNotifyAsync(name, cancellationToken);
    }

    /// <summary>
    /// This node may have missed other nodes' notifications (its connection to them was lost): reload the map and
    /// tell listeners that every tenant, known before or now, may have changed.
    /// </summary>
    public async Task ResynchronizeAsync(CancellationToken cancellationToken = default)
    {
        var before = _map.Tenants.Select(t => t.Name);
        await ReloadAsync(cancellationToken);
        foreach (var name in before.Union(_map.Tenants.Select(t => t.Name)))
        {
            Changed?.Invoke(name);
        }
    }

    private async Task AfterChangeAsync(string name, CancellationToken cancellationToken)
    {
        await ReloadAndNotifyAsync(name, cancellationToken);
        ChangedHere?.Invoke(name);
    }

    private async Task ReloadAndNotifyAsync(string name, CancellationToken cancellationToken)
    {
        await ReloadTenantAsync(name, cancellationToken);
        Changed?.Invoke(name);
    }

    private static List<(string Host, string Prefix)> Validate(TenantSpec spec, bool isDefault)
    {
        if (!isDefault && TenantNames.ValidateName(spec.Name) is { } nameError)
        {
            throw new TenantException(nameError, nameof(TenantSpec.Name));
        }

        if (string.IsNullOrWhiteSpace(spec.DisplayName) || spec.DisplayName.Length > 200)
        {
            throw new TenantException("Tên hiển thị không được để trống và dài tối đa 200 ký tự.", nameof(TenantSpec.DisplayName));
        }

        var prefix = string.IsNullOrEmpty(spec.UrlPrefix) ? "" : spec.UrlPrefix;
        if (prefix.Length > 0 && TenantNames.ValidatePrefix(prefix) is { } prefixError)
        {
            throw new TenantException(prefixError, nameof(TenantSpec.UrlPrefix));
        }

        var hosts = spec.HostNames.Select(TenantNames.NormalizeHost).Distinct().ToList();
        if (hosts.Select(TenantNames.ValidateHost).FirstOrDefault(e => e is not null) is { } hostError)
        {
            throw new TenantException(hostError, nameof(TenantSpec.HostNames));
        }

        if (!isDefault && prefix.Length == 0 && hosts.Count == 0)
        {
            throw new TenantException("Đơn vị cần có ít nhất một tên miền hoặc một tiền tố đường dẫn.", nameof(TenantSpec.UrlPrefix));
        }

        return hosts.Count == 0 ? [("", prefix)] : hosts.Select(h => (h, prefix)).ToList();
    }

    private static async Task ThrowIfTakenAsync(HostDbContext db, TenantRecord record, CancellationToken cancellationToken)
    {
        if (await db.Tenants.AnyAsync(t => t.Name == record.Name, cancellationToken))
        {
            throw new TenantException($"Đã có đơn vị mang tên định danh \"{record.Name}\".", nameof(TenantSpec.Name), isConflict: true);
        }

        await ThrowIfBindingsTakenAsync(db, record.Bindings.Select(b => (b.Host, b.Prefix)), cancellationToken);
    }

    private static async Task ThrowIfBindingsTakenAsync(HostDbContext db, IEnumerable<(string Host, string Prefix)> bindings, CancellationToken cancellationToken)
    {
        foreach (var (host, prefix) in bindings)
        {
            var owner = await db.Bindings.Where(b => b.Host == host && b.Prefix == prefix)
                .Select(b => b.TenantName).FirstOrDefaultAsync(cancellationToken);
            if (owner is not null)
            {
                var address = (host.Length > 0 ? host : "(mọi tên miền)") + (prefix.Length > 0 ? "/" + prefix : "");
                throw new TenantException($"Địa chỉ {address} đã được đơn vị \"{owner}\" sử dụng.",
                    prefix.Length > 0 ? nameof(TenantSpec.UrlPrefix) : nameof(TenantSpec.HostNames), isConflict: true);
            }
        }
    }
}
