using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace GiaVien.Cms.Themes;

/// <summary>
/// The theme's view files as the renderer and Fluid's <c>{% include %}</c> find them. Each file is looked up on disk at
/// most once every <see cref="Recheck"/>, not once per view and include of every page (a dozen file-system calls a
/// render), while a view edited on disk is still picked up within that time. Only files that exist are remembered, so
/// names a tenant's template makes up cannot grow the memory.
/// </summary>
internal sealed class ThemeViewFiles(IFileProvider files) : IFileProvider
{
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, (long CheckedAt, IFileInfo File)> _known = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath)
    {
        var now = Environment.TickCount64;
        if (_known.TryGetValue(subpath, out var known) && now - known.CheckedAt < Recheck.TotalMilliseconds)
        {
            return known.File;
        }

        var file = files.GetFileInfo(subpath);
        if (file.Exists)
        {
            _known[subpath] = (now, file);
        }
        else
        {
            _known.TryRemove(subpath, out _);
        }

        return file;
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => files.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => files.Watch(filter);
}
