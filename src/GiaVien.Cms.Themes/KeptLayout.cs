using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace GiaVien.Cms.Themes;

/// <summary>
/// What a layout's model offers <see cref="KeptLayout"/>: the site as one instance shared by every page that shows the
/// same branding, menu and footer (null: nothing of this page is kept), and the menu's address the page is at.
/// </summary>
public interface IKeptLayoutModel
{
    /// <summary>Immutable and the same instance for every page showing the same site values; null when the page keeps nothing.</summary>
    object? KeptSite { get; }

    /// <summary>The address of the menu item (or sub-item) that is this page, else null: the only thing of the page a kept part may show.</summary>
    string? MenuCurrentPath { get; }
}

/// <summary>
/// <c>{% kept_layout %}…{% endkept_layout %}</c>: a part of the layout (the header with its menu, the footer) that is the
/// same bytes on every page of a tenant between two changes of its settings, menu or categories. It is rendered once with
/// nothing but <c>site</c> (the shared instance, without the visit figures), <c>words</c> and <c>menu_current_path</c>
/// in scope, and its output is kept beside the shared site instance, per block of the parsed template (a tenant's
/// override or an edited theme file is a new parse, so a new block), per language's words and per current menu item.
/// Nothing a request varies on can be inside (the page's title and meta tags, the language switch, the visit figures,
/// the nonce, a signed-in user): the block cannot read them. A layout model that keeps nothing (a status page, a preview)
/// renders the block every time in the same narrow scope, with its own site.
/// </summary>
internal static class KeptLayout
{
    public const string TagName = "kept_layout";

    /// <summary>The theme's words of the page's language (one instance per language), as the renderer hands them to the context.</summary>
    internal const string WordsAmbient = "GiaVien.Themes.Words";

    // A tenant's menu holds a few dozen items, and a variant is kept per block and current item: enough for every
    // menu item's page and the pages outside the menu, while a template that varies nothing else cannot grow it.
    internal const int MaxVariants = 64;

    private static readonly ConditionalWeakTable<object, KeptVariants<PartKey>> BySite = new();

    public static void Register(FluidParser parser) => parser.RegisterEmptyBlock(TagName, Write);

    private static ValueTask<Completion> Write(IReadOnlyList<Statement> block, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        // The renderer's words, not the scope's: an override that assigns another value to `words` cannot bring it in.
        var words = context.AmbientValues.GetValueOrDefault(WordsAmbient);
        var model = context.Model?.ToObjectValue() as IKeptLayoutModel;
        if (model?.KeptSite is not { } site)
        {
            return RenderNotKeptAsync(block, model, words, writer, encoder, context);
        }

        var parts = BySite.GetValue(site, _ => new KeptVariants<PartKey>(MaxVariants));
        var key = new PartKey(block, words, model.MenuCurrentPath);
        if (parts.Find(key, static (kept, wanted) => kept.Equals(wanted)) is { } html)
        {
            // The steps the block would have taken are not counted: a kept part costs no render.
            context.IncrementSteps();
            writer.Write(html);
            return new ValueTask<Completion>(Completion.Normal);
        }

        return RenderAndKeepAsync(block, Isolated(context, FluidValue.Create(site, context.Options), words, Text(model.MenuCurrentPath)), parts, key, writer, encoder);
    }

    // Read as the template reads them: a variable assigned in scope first, then the model's member.
    private static readonly MemberExpression Site = new(new IdentifierSegment("site"));
    private static readonly MemberExpression MenuCurrentPath = new(new IdentifierSegment("menu_current_path"));

    private static async ValueTask<Completion> RenderNotKeptAsync(IReadOnlyList<Statement> block, IKeptLayoutModel? model, object? words, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var menuCurrentPath = model is null ? await MenuCurrentPath.EvaluateAsync(context) : Text(model.MenuCurrentPath);
        return await RenderAsync(block, Isolated(context, await Site.EvaluateAsync(context), words, menuCurrentPath), writer, encoder);
    }

    private static FluidValue Text(string? value) => value is null ? NilValue.Instance : new StringValue(value);

    private static TemplateContext Isolated(TemplateContext context, FluidValue site, object? words, FluidValue menuCurrentPath)
    {
        var isolated = new TemplateContext(context.Options);
        isolated.SetValue("site", site);
        isolated.SetValue("words", FluidValue.Create(words, context.Options));
        isolated.SetValue("menu_current_path", menuCurrentPath);
        return isolated;
    }

    private static async ValueTask<Completion> RenderAndKeepAsync(IReadOnlyList<Statement> block, TemplateContext isolated, KeptVariants<PartKey> parts, PartKey key, TextWriter writer, TextEncoder encoder)
    {
        using var output = new StringWriter();
        await RenderAsync(block, isolated, output, encoder);
        var html = output.ToString();
        parts.Add(key, html);
        await writer.WriteAsync(html);
        return Completion.Normal;
    }

    private static async ValueTask<Completion> RenderAsync(IReadOnlyList<Statement> block, TemplateContext isolated, TextWriter writer, TextEncoder encoder)
    {
        foreach (var statement in block)
        {
            var completion = await statement.WriteToAsync(writer, encoder, isolated);
            if (completion != Completion.Normal)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }

    /// <summary>The block (by its parsed statements), the words' instance and the current menu item a part was made for.</summary>
    internal readonly record struct PartKey(IReadOnlyList<Statement> Block, object? Words, string? MenuCurrentPath)
    {
        public bool Equals(PartKey other) =>
            ReferenceEquals(Block, other.Block) && ReferenceEquals(Words, other.Words) && string.Equals(MenuCurrentPath, other.MenuCurrentPath, StringComparison.Ordinal);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Block), MenuCurrentPath);
    }
}
