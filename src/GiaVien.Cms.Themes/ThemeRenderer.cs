using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Themes;

/// <summary>
/// Renders the theme's Liquid views with Fluid. Parsed templates are cached (the parser and options are
/// thread-safe singletons; a <see cref="TemplateContext"/> is made per render). A view is rendered and then
/// placed in <c>Layout.liquid</c> as <c>{{ body | raw }}</c>.
/// </summary>
public sealed class ThemeRenderer
{
    // Vietnamese letters are written as UTF-8, not as &#x...; entities: pages stay readable and small.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _templateOptions = new();
    private readonly ConcurrentDictionary<string, (DateTime Modified, IFluidTemplate Template)> _cache = new(StringComparer.Ordinal);

    public ThemeRenderer(IOptions<ThemesOptions> options)
    {
        ThemeFolder = System.IO.Path.Combine(System.IO.Path.GetFullPath(options.Value.Path, AppContext.BaseDirectory), options.Value.Theme);
        _templateOptions.MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        _templateOptions.CultureInfo = System.Globalization.CultureInfo.InvariantCulture;
    }

    public string ThemeFolder { get; }

    public string AssetsFolder => System.IO.Path.Combine(ThemeFolder, "wwwroot");

    /// <summary>Renders <paramref name="view"/> with <paramref name="model"/> inside the layout.</summary>
    public async Task<string> RenderPageAsync(string view, object model, object layoutModel)
    {
        var body = await RenderAsync(view, model);
        var context = new TemplateContext(layoutModel, _templateOptions);
        context.SetValue("body", body);
        return await GetTemplate("Layout").RenderAsync(context, Encoder);
    }

    public Task<string> RenderAsync(string view, object model) =>
        GetTemplate(view).RenderAsync(new TemplateContext(model, _templateOptions), Encoder).AsTask();

    private IFluidTemplate GetTemplate(string view)
    {
        var file = System.IO.Path.Combine(ThemeFolder, "Views", view + ".liquid");
        var modified = File.GetLastWriteTimeUtc(file);
        if (_cache.TryGetValue(view, out var cached) && cached.Modified == modified)
        {
            return cached.Template;
        }

        if (!_parser.TryParse(File.ReadAllText(file), out var template, out var error))
        {
            throw new InvalidOperationException($"Template {file} does not parse: {error}");
        }

        _cache[view] = (modified, template);
        return template;
    }
}
