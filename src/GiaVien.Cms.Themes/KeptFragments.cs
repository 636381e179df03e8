using System.Runtime.CompilerServices;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace GiaVien.Cms.Themes;

/// <summary>
/// The rendered fragments of one view model (see <see cref="KeptPartials"/>), held beside the very instance, so they go
/// when it goes: a list's news item lives as long as the tenant's read cache keeps its record, and a change of the item
/// is a new record, a new view model and no fragment. Nothing of a request is in a fragment (the nonce is added after
/// the render, the signed-in editor's bar is not in a partial), and an instance belongs to one tenant's read cache, so
/// no fragment reaches another tenant's page. A few variants per model at most (the partial's inputs as the theme's
/// views pass them: three on the product's pages), so a template that loops over made-up inputs cannot grow it.
/// </summary>
public static class KeptFragments
{
    internal const int MaxVariants = 4;

    private static readonly ConditionalWeakTable<object, Fragments> ByModel = new();

    /// <summary>Marks <paramref name="model"/> (immutable, made once for what it shows) as one whose partials may be kept.</summary>
    public static void Keep(object model) => ByModel.TryAdd(model, new Fragments());

    internal static Fragments? Of(object? model) => model is not null && ByModel.TryGetValue(model, out var fragments) ? fragments : null;

    internal sealed class Fragments
    {
        // A partial edited on disk leaves its old variants behind: the oldest gives way.
        private readonly KeptVariants<FragmentKey> _variants = new(MaxVariants);

        public string? Find(IFileInfo file, FluidValue[] inputs) =>
            _variants.Find((file, inputs), static (key, wanted) => key.Matches(wanted.file, wanted.inputs));

        public void Add(FragmentKey key, string html) => _variants.Add(key, html);
    }
}
