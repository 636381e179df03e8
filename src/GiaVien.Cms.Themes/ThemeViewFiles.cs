using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace GiaVien.Cms.Themes;

/// <summary>
/// The theme's view files as the renderer and Fluid's <c>{% include %}</c> find them. Each file is looked up on disk at
/// most once every <see cref="Recheck"/>, not once per view and include of every page (a dozen file-system calls a
/// render), while a view edited on disk is still picked up within that time.
/// </summary>
internal sealed class ThemeViewFiles(IFileProvider files) : IFileProvider
{
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(1);

    // Missing names are remembered too (Fluid asks for an include without its extension first), up to a bound, so
    // names a tenant's template makes up cannot grow the memory; past it they are looked up each time.
    private const int MaxRemembered = 1000;

    private readonly ConcurrentDictionary<string, (long CheckedAt, IFileInfo File)> _known = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath)
    {
        var now = Environment.TickCount64;
        if (_known.TryGetValue(subpath, out var known) && now - known.CheckedAt < Recheck.TotalMilliseconds)
        {
            return known.File;
        }

        var file = files.GetFileInfo(subpath);
        if (_known.Count < MaxRemembered || _known.ContainsKey(subpath))
        {
            _known[subpath] = (now, file);
        }

        return file;
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => files.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => files.Watch(filter);
}
