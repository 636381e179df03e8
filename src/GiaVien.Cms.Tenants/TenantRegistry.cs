using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// The host-level list of tenants. Reads come from an in-memory <see cref="TenantMap"/>; writes go to the
/// host database and then replace the map and tell listeners (shells, caches) which tenant changed.
/// </summary>
public sealed class TenantRegistry(TenantDatabase database, TimeProvider clock, ILogger<TenantRegistry> logger)
{
    private volatile TenantMap _map = TenantMap.Empty;

    /// <summary>Raised with the tenant's name after its record changed (created, state, bindings, removed).</summary>
    public event Action<string>? Changed;

    public TenantMap Map => _map;

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = new HostDbContext(database.HostOptions());
        var tenants = await db.Tenants.AsNoTracking().Include(t => t.Bindings).ToListAsync(cancellationToken);
        _map = new TenantMap(tenants);
    }

    public async Task<TenantRecord> CreateAsync(TenantSpec spec, CancellationToken cancellationToken = default)
    {
        var isDefault = spec.Name == TenantRecord.DefaultName;
        var bindings = Validate(spec, isDefault);
        var now = clock.GetUtcNow().UtcDateTime;
        var record = new TenantRecord
        {
            Name = spec.Name,
            DisplayName = spec.DisplayName.Trim(),
            UrlPrefix = string.IsNullOrEmpty(spec.UrlPrefix) ? null : spec.UrlPrefix,
            DatabaseProvider = spec.DatabaseProvider ?? database.DefaultProvider,
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
                ?? throw new TenantException($"Không tìm thấy đơn vị \"{name}\".");
            record.State = state;
            record.LastError = error;
            record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
            record.Version++;
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Tenant {TenantName} is now {TenantState}", name, state);
        await AfterChangeAsync(name, cancellationToken);
    }

    private async Task AfterChangeAsync(string name, CancellationToken cancellationToken)
    {
        await ReloadAsync(cancellationToken);
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

        foreach (var binding in record.Bindings)
        {
            var owner = await db.Bindings.Where(b => b.Host == binding.Host && b.Prefix == binding.Prefix)
                .Select(b => b.TenantName).FirstOrDefaultAsync(cancellationToken);
            if (owner is not null)
            {
                var address = (binding.Host.Length > 0 ? binding.Host : "(mọi tên miền)") + (binding.Prefix.Length > 0 ? "/" + binding.Prefix : "");
                throw new TenantException($"Địa chỉ {address} đã được đơn vị \"{owner}\" sử dụng.",
                    binding.Prefix.Length > 0 ? nameof(TenantSpec.UrlPrefix) : nameof(TenantSpec.HostNames), isConflict: true);
            }
        }
    }
}
