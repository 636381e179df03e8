using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site.Blocks;

/// <summary>
/// The home page's and the articles' sidebar blocks as one instance per tenant for as long as each block's values stay the same, so the theme
/// keeps a block's markup beside it (<c>{% kept_include 'Partials/Block' %}</c>) instead of rendering the block and its
/// loops on every uncached home page or article. Each page still builds its blocks from the tenant's arrangement and read cache;
/// a block is compared by value with the instances kept for the tenant (its news items by the record's equality, which
/// is a reference comparison for the items the read cache keeps), so a publish, an edit or a block's settings change is
/// a new instance, and new markup, on the very next page, with no generation to miss. The instances hang on the
/// tenant's shell, so what they keep is freed with the tenant when it is released.
/// </summary>
internal static class SharedBlockModels
{
    // A home page's blocks (a dozen at most in practice) for each address the tenant is reached by, and the sidebar's
    // (one more instance of a "Tin mới" block for each of the newest articles, which it leaves out); after a change the
    // old instances are never shown again and the oldest give way.
    internal const int MaxPerTenant = 32;

    // A shared block's markup is kept beside it (the theme's kept_include).
    private static readonly SharedInstances<ShellContext, BlockViewModel> ByShell = new(MaxPerTenant, SameValues, SharedInstances.MarkupKept);

    /// <summary>The tenant's shared instances with <paramref name="blocks"/>' values, in the same order.</summary>
    public static IReadOnlyList<BlockViewModel> For(ShellContext shell, IReadOnlyList<BlockViewModel> blocks)
    {
        var shared = new BlockViewModel[blocks.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            shared[i] = ByShell.For(shell, blocks[i]);
        }

        return shared;
    }

    /// <summary>Whether <paramref name="block"/> shows what <paramref name="shared"/> shows.</summary>
    internal static bool SameValues(BlockViewModel block, BlockViewModel shared) =>
        block.Kind == shared.Kind
        && block.Id == shared.Id
        && block.News.SequenceEqual(shared.News)
        && SameCategories(block.Categories, shared.Categories)
        && block.Links.SequenceEqual(shared.Links)
        && block.Schedule.SequenceEqual(shared.Schedule)
        // Every other member compared by the record's own equality, the lists already compared by value above.
        && block with { News = shared.News, Categories = shared.Categories, Links = shared.Links, Schedule = shared.Schedule } == shared;

    private static bool SameCategories(IReadOnlyList<CategoryBlockViewModel> a, IReadOnlyList<CategoryBlockViewModel> b) =>
        SharedInstances.SameItems(a, b, static (x, y) => x.Title == y.Title && x.Url == y.Url && x.News.SequenceEqual(y.News));
}
