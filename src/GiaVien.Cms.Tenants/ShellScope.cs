using GiaVien.Cms.Data;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// The tenant of the current DI scope (a request or a background job). Services that touch tenant data
/// depend on it, so no query, path or cache key can be built before a tenant has been entered.
/// </summary>
public sealed class ShellScope
{
    private ShellContext? _shell;

    public bool HasShell => _shell is not null;

    public ShellContext Shell => _shell ?? throw new InvalidOperationException("No tenant has been entered in this scope.");

    public void Enter(ShellContext shell)
    {
        if (_shell is not null && _shell.Name != shell.Name)
        {
            throw new InvalidOperationException($"This scope already belongs to tenant '{_shell.Name}'.");
        }

        _shell = shell;
    }
}
