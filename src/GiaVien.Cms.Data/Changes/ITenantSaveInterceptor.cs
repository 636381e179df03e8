using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// A save interceptor a module registers in DI (a singleton) to take part in every tenant's saves, in the same unit of
/// work as the change it reacts to (the notifications module writes notifications beside the audit entries).
/// </summary>
public interface ITenantSaveInterceptor : ISaveChangesInterceptor;
