using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace GiaVien.Cms.Themes;

/// <summary>
/// <c>{% kept_head %}…{% endkept_head %}</c>: the layout's &lt;head&gt; (title, description, canonical and alternate
/// links, Open Graph, Twitter and Dublin Core tags, the stylesheet), the same bytes on every request of a page until its
/// metadata or the site's values change. It is rendered once with nothing but <c>page</c> (the page's shared metadata
/// instance, <see cref="IKeptLayoutModel.KeptPage"/>), <c>site</c> (the shared site instance, without the visit
/// figures) and <c>words</c> in scope, and its output is kept beside the shared page instance, per block of the parsed
/// template (an edited theme file or a tenant's override is a new parse), per language's words and per site instance.
/// The nonce, the product's scripts and the JSON-LD are written by the product after the template (PageHead), never here.
/// A layout model that keeps nothing renders the block every time in the same narrow scope.
/// </summary>
internal static class KeptPageHead
{
    public const string TagName = "kept_head";

    // One page's head for its language's words and its site instance; an edited theme file leaves its old variant behind.
    internal const int MaxVariants = 4;

    private static readonly ConditionalWeakTable<object, KeptVariants<HeadKey>> ByPage = new();

    // Read as the template reads them: a variable assigned in scope first, then the model's member.
    private static readonly MemberExpression Page = new(new IdentifierSegment("page"));
    private static readonly MemberExpression Site = new(new IdentifierSegment("site"));

    public static void Register(FluidParser parser) => parser.RegisterEmptyBlock(TagName, Write);

    private static ValueTask<Completion> Write(IReadOnlyList<Statement> block, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        // The renderer's words, not the scope's (as for kept_layout).
        var words = context.AmbientValues.GetValueOrDefault(KeptLayout.WordsAmbient);
        var model = context.Model?.ToObjectValue() as IKeptLayoutModel;
        if (model?.KeptPage is not { } page || model.KeptSite is not { } site)
        {
            return RenderNotKeptAsync(block, words, writer, encoder, context);
        }

        var heads = ByPage.GetValue(page, static _ => new KeptVariants<HeadKey>(MaxVariants));
        var key = new HeadKey(block, words, site);
        if (heads.Find(key, static (kept, wanted) => kept.Equals(wanted)) is { } html)
        {
            // The steps the block would have taken are not counted: a kept head costs no render.
            context.IncrementSteps();
            writer.Write(html);
            return new ValueTask<Completion>(Completion.Normal);
        }

        return KeptLayout.RenderAndKeepAsync(block, Isolated(context, FluidValue.Create(page, context.Options), FluidValue.Create(site, context.Options), words), heads, key, writer, encoder);
    }

    private static async ValueTask<Completion> RenderNotKeptAsync(IReadOnlyList<Statement> block, object? words, TextWriter writer, TextEncoder encoder, TemplateContext context) =>
        await KeptLayout.RenderAsync(block, Isolated(context, await Page.EvaluateAsync(context), await Site.EvaluateAsync(context), words), writer, encoder);

    private static TemplateContext Isolated(TemplateContext context, FluidValue page, FluidValue site, object? words)
    {
        var isolated = new TemplateContext(context.Options);
        isolated.SetValue("page", page);
        isolated.SetValue("site", site);
        isolated.SetValue("words", FluidValue.Create(words, context.Options));
        return isolated;
    }

    /// <summary>The block (by its parsed statements), the words' instance and the site instance a head was made for.</summary>
    internal readonly record struct HeadKey(IReadOnlyList<Statement> Block, object? Words, object Site)
    {
        public bool Equals(HeadKey other) =>
            ReferenceEquals(Block, other.Block) && ReferenceEquals(Words, other.Words) && ReferenceEquals(Site, other.Site);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Block), RuntimeHelpers.GetHashCode(Site));
    }
}
