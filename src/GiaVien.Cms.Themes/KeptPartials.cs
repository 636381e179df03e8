using System.Collections.Frozen;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace GiaVien.Cms.Themes;

/// <summary>
/// <c>{% kept_include 'Partials/NewsItem' %}</c>: renders a partial as <c>{% include %}</c> does, but keeps its output
/// per view model, so the thirty-odd news items of a home page (and a list's, an article's "other news") are written
/// from the markup made the first time instead of through Fluid again on every uncached page.
/// <para>
/// A partial's output is kept only when it is a function of what the key holds: the view model instance (its
/// <see cref="KeptPartial.Subject"/>, immutable, and one marked by <see cref="KeptFragments.Keep"/>, which the product
/// does for a list's news item made from the read cache's record), the values of the partial's declared
/// <see cref="KeptPartial.Inputs"/> in the calling template, and the partial's file (path and time). Partials are the
/// theme's own (a tenant overrides whole views, never a partial). A kept fragment is rendered with nothing but the
/// key's values in scope, so it cannot carry anything else of the page; <c>KeptPartialsTests</c> checks that the
/// theme's pages are byte for byte those of a plain include. Another partial, or a view model not marked, is rendered
/// as a plain include.
/// </para>
/// </summary>
internal static class KeptPartials
{
    public const string TagName = "kept_include";

    /// <summary>The partials whose output may be kept, by path (as written in the tag, without <c>.liquid</c>).</summary>
    public static readonly FrozenDictionary<string, KeptPartial> ByPath = new KeptPartial[]
    {
        // The news item of every list; Partials/Image, which it includes, reads image_class and the item's image.
        new("Partials/NewsItem", "item", ["heading", "show_lead", "image_class"]),
        // A block of the home page or of an article's sidebar with its news items; the base path only for the empty
        // state's link to the site map.
        new("Partials/Block", "block", ["is_district", "heading", "show_lead", "image_class", "site.base_path"]),
        // An article's breadcrumb and text (the page model's shared text), with the theme's words it labels them with.
        new("Partials/ArticleText", "text",
            ["site.base_path", "words.breadcrumb", "words.home", "words.source", "words.categories", "words.print_article", "words.share", "words.new_window"]),
        // A search results page's hits (their titles and snippets already marked, dates already written).
        new("Partials/SearchHits", "hit_list", []),
        // The search form's category and type options (the one chosen marked), and a results page's facets with their links.
        new("Partials/SearchOptions", "form_options", []),
        new("Partials/SearchFacets", "facet_list", []),
    }.ToFrozenDictionary(p => p.Path, StringComparer.Ordinal);

    public static void Register(FluidParser parser) =>
        parser.RegisterExpressionTag(TagName, (path, writer, encoder, context) => Write(parser, path, writer, encoder, context));

    // A kept fragment is written without a state machine, a LINQ pipeline or a path concatenated per item: the look-up
    // must cost far less than the partial's render it saves (a first version that did all three saved nothing on an
    // article's six "other news").
    private static ValueTask<Completion> Write(FluidParser parser, Expression path, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var evaluated = path.EvaluateAsync(context);
        if (!evaluated.IsCompletedSuccessfully
            || !ByPath.TryGetValue(evaluated.Result.ToStringValue(), out var partial)
            || KeptFragments.Of(KeptPartial.Variable(context, partial.Subject)?.ToObjectValue()) is not { } fragments
            || context.Options.FileProvider.GetFileInfo(partial.File) is not { Exists: true } file)
        {
            return new IncludeStatement(parser, path).WriteToAsync(writer, encoder, context);
        }

        if (partial.Read(context) is not { } inputs)
        {
            return new IncludeStatement(parser, path).WriteToAsync(writer, encoder, context);
        }

        if (fragments.Find(file, inputs) is not { } html)
        {
            return RenderAsync(new IncludeStatement(parser, path), partial, file, inputs, fragments, writer, encoder, context);
        }

        // The steps the partial would have taken are not counted: a kept fragment costs no render.
        context.IncrementSteps();
        writer.Write(html);
        return new ValueTask<Completion>(Completion.Normal);
    }

    private static async ValueTask<Completion> RenderAsync(IncludeStatement include, KeptPartial partial, IFileInfo file, FluidValue[] inputs,
        KeptFragments.Fragments fragments, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        // Rendered with nothing but the key's values in scope: the kept markup cannot hold anything else of the page.
        var isolated = new TemplateContext(context.Options);
        isolated.SetValue(partial.Subject, KeptPartial.Variable(context, partial.Subject));
        partial.Scope(isolated, inputs);

        using var output = new StringWriter();
        await include.WriteToAsync(output, encoder, isolated);
        var html = output.ToString();
        fragments.Add(new FragmentKey(file.PhysicalPath, file.LastModified, inputs.Select(InputValue.Of).ToArray()), html);
        await writer.WriteAsync(html);
        return Completion.Normal;
    }
}

/// <summary>
/// A partial whose output may be kept: the view model it shows (<paramref name="Subject"/>) and the other values it reads,
/// each a variable (<c>heading</c>) or one member of a variable (<c>site.base_path</c>: the partial is given that member,
/// not the whole site, so nothing else of it can reach the kept markup).
/// </summary>
internal sealed record KeptPartial(string Path, string Subject, IReadOnlyList<string> Inputs)
{
    /// <summary>The file the partial is read from, as Fluid's include names it.</summary>
    public string File { get; } = Path + IncludeStatement.ViewExtension;

    private readonly (string Variable, string? Member)[] _reads = Inputs.Select(Split).ToArray();

    /// <summary>The inputs' values in the calling template, or null when a member is not at hand without waiting (then nothing is kept).</summary>
    public FluidValue[]? Read(TemplateContext context)
    {
        var values = new FluidValue[_reads.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var (variable, member) = _reads[i];
            if (Variable(context, variable) is not { } value)
            {
                return null;
            }

            if (member is not null && !TryNow(value.GetValueAsync(member, context), out value))
            {
                return null;
            }

            values[i] = value;
        }

        return values;
    }

    /// <summary>
    /// A variable as the template's own expression reads it: the scope's variable, else the model's member of that name
    /// (the article's <c>text</c>, a home page's <c>is_district</c>); null when the member is not at hand without waiting.
    /// </summary>
    public static FluidValue? Variable(TemplateContext context, string name)
    {
        var value = context.GetValue(name);
        return value.IsNil() && context.Model is { } model && !TryNow(model.GetValueAsync(name, context), out value) ? null : value;
    }

    private static bool TryNow(ValueTask<FluidValue> read, out FluidValue value)
    {
        value = read.IsCompletedSuccessfully ? read.Result : NilValue.Instance;
        return read.IsCompletedSuccessfully;
    }

    /// <summary>Puts the inputs into the partial's own scope, a member as the one entry of its variable.</summary>
    public void Scope(TemplateContext isolated, FluidValue[] values)
    {
        var members = new Dictionary<string, Dictionary<string, FluidValue>>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            var (variable, member) = _reads[i];
            if (member is null)
            {
                isolated.SetValue(variable, values[i]);
            }
            else
            {
                (members.TryGetValue(variable, out var entries) ? entries : members[variable] = new(StringComparer.Ordinal))[member] = values[i];
            }
        }

        foreach (var (variable, entries) in members)
        {
            isolated.SetValue(variable, new DictionaryValue(new FluidValueDictionaryFluidIndexable(entries)));
        }
    }

    private static (string Variable, string? Member) Split(string input) =>
        input.IndexOf('.') is var dot and > 0 ? (input[..dot], input[(dot + 1)..]) : (input, null);
}

/// <summary>A variable's value as the partial sees it: its kind (nil, false and "" are different inputs) and its text.</summary>
internal readonly record struct InputValue(FluidValues Type, string Text)
{
    public static InputValue Of(FluidValue value) => new(value.Type, value.ToStringValue());

    public bool Is(FluidValue value) => value.Type == Type && value.ToStringValue() == Text;
}

internal sealed record FragmentKey(string? File, DateTimeOffset Modified, InputValue[] Inputs)
{
    public bool Equals(FragmentKey? other) =>
        other is not null && File == other.File && Modified == other.Modified && Inputs.AsSpan().SequenceEqual(other.Inputs);

    public override int GetHashCode() => HashCode.Combine(File, Modified, Inputs.Length);

    /// <summary>Whether this is the key of <paramref name="file"/> with these input values, without making a key to compare.</summary>
    public bool Matches(IFileInfo file, FluidValue[] inputs)
    {
        if (Modified != file.LastModified || File != file.PhysicalPath || Inputs.Length != inputs.Length)
        {
            return false;
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            if (!Inputs[i].Is(inputs[i]))
            {
                return false;
            }
        }

        return true;
    }
}
