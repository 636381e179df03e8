using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using GiaVien.Cms.Themes.Guard;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Themes;

/// <summary>
/// Renders the theme's Liquid views with Fluid. Parsed templates are cached (the parser and options are
/// thread-safe singletons; a <see cref="TemplateContext"/> is made per render). A view is rendered and then
/// placed in <c>Layout.liquid</c> as <c>{{ body | raw }}</c>. A tenant's own version of a view
/// (<see cref="TemplateOverrides"/>) is used when it has one; if it fails to parse or render, the theme's view
/// is rendered instead and the failure is logged, so a broken override never yields a blank page. What an override
/// renders goes through <see cref="OverrideOutputGuard"/>; the product's own scripts and styles are not in any
/// template: the caller hands them in (with the page's nonce) and they are added to &lt;head&gt; after the guard.
/// </summary>
public sealed class ThemeRenderer
{
    // Vietnamese letters are written as UTF-8, not as &#x...; entities: pages stay readable and small.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser _parser = new(new FluidParserOptions { AllowFunctions = false });
    private readonly TemplateOptions _templateOptions = new();
    private readonly ConcurrentDictionary<string, (DateTime Modified, IFluidTemplate Template)> _cache = new(StringComparer.Ordinal);
    private readonly ILogger<ThemeRenderer> _logger;
    private readonly OverrideOutputGuard _guard;
    private readonly ThemeViewFiles _views;

    public ThemeRenderer(IOptions<ThemesOptions> options, OverrideOutputGuard guard, ILogger<ThemeRenderer> logger)
    {
        _logger = logger;
        _guard = guard;
        ThemeFolder = options.Value.ThemeFolder;
        AssetsFolder = options.Value.AssetsFolder;
        _templateOptions.MemberAccessStrategy = new ViewModelMemberAccess { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        _templateOptions.CultureInfo = System.Globalization.CultureInfo.InvariantCulture;
        _views = new ThemeViewFiles(new Microsoft.Extensions.FileProviders.PhysicalFileProvider(ViewsFolder));
        _templateOptions.FileProvider = _views;
        // Tenant administrators write templates: a loop that never ends must not hold a request thread forever.
        _templateOptions.MaxSteps = 2_000_000;
        _templateOptions.MaxRecursion = 20;
        KeptPartials.Register(_parser);
        KeptLayout.Register(_parser);
        Words = new ThemeWords(ThemeFolder);
    }

    /// <summary>The theme's own words by language, given to every view as <c>words</c>.</summary>
    public ThemeWords Words { get; }

    public string ThemeFolder { get; }

    public string ViewsFolder => Path.Combine(ThemeFolder, "Views");

    public string AssetsFolder { get; }

    /// <summary>The theme's views a tenant may override, by name (without <c>.liquid</c>).</summary>
    public IReadOnlyList<string> ViewNames =>
        Directory.EnumerateFiles(ViewsFolder, "*.liquid").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    public string ThemeSource(string view) => File.ReadAllText(ViewFile(view));

    /// <summary>Null when <paramref name="source"/> parses, else Fluid's message (it names the line and column).</summary>
    public string? Validate(string source) => _parser.TryParse(source, out _, out var error) ? null : error;

    /// <summary>Parses a tenant's overrides (view name → Liquid source) once; one that does not parse is kept with its error.</summary>
    public TemplateOverrides ParseOverrides(string tenantName, IReadOnlyDictionary<string, string> sources) =>
        new(tenantName, sources.ToDictionary(s => s.Key, s => Parse(s.Value), StringComparer.Ordinal));

    private (IFluidTemplate? Template, string? Error) Parse(string source) =>
        _parser.TryParse(source, out var template, out var error) ? (template, null) : (null, error);

    /// <summary>Parses the theme's <paramref name="views"/> ahead of their first render (after a start), so it does not wait for them.</summary>
    public void Prepare(params string[] views)
    {
        foreach (var view in views)
        {
            GetTemplate(view);
        }
    }

    /// <summary>Whether the theme's <paramref name="view"/> is parsed and kept (by a render or by <see cref="Prepare"/>).</summary>
    public bool IsParsed(string view) => _cache.ContainsKey(view);

    /// <summary>Whether <paramref name="view"/> is the tenant's override or a view of the theme.</summary>
    public bool HasView(string view, TemplateOverrides? overrides) =>
        TemplateOverrides.IsValidName(view) && ((overrides?.Exists(view) ?? false) || File.Exists(ViewFile(view)));

    /// <summary>
    /// Renders <paramref name="view"/> with <paramref name="model"/> inside the layout; <paramref name="productHead"/>
    /// (trusted HTML of the product) ends the layout's &lt;head&gt;. As text: see <see cref="RenderPageUtf8Async"/> for the response.
    /// </summary>
    public async Task<string> RenderPageAsync(string view, object model, object layoutModel, TemplateOverrides? overrides = null, string productHead = "", string culture = ThemeWords.DefaultCulture)
    {
        using var page = await RenderPageUtf8Async(view, model, layoutModel, overrides, productHead, culture);
        return page.ToString();
    }

    /// <summary>
    /// As <see cref="RenderPageAsync"/>, as the response's bytes: the theme's layout is written as UTF-8 straight into a
    /// pooled buffer, and the product's head is placed when the page is written (see <see cref="RenderedPage"/>). A
    /// tenant's layout is rendered as text, since the guard reads the whole document, and then encoded.
    /// </summary>
    public async Task<RenderedPage> RenderPageUtf8Async(string view, object model, object layoutModel, TemplateOverrides? overrides = null, string productHead = "", string culture = ThemeWords.DefaultCulture)
    {
        var body = await RenderAsync(view, model, overrides, culture);
        TemplateContext LayoutContext()
        {
            var context = NewContext(layoutModel, culture);
            context.SetValue("body", body);
            return context;
        }

        if (await RenderOverrideAsync("Layout", LayoutContext, overrides) is { } byTenant)
        {
            var guarded = new Utf8PageWriter();
            guarded.Write(_guard.Document(byTenant, productHead));
            return guarded.ToPage("");
        }

        var writer = new Utf8PageWriter();
        try
        {
            await GetTemplate("Layout").RenderAsync(writer, LayoutContext(), Encoder, isolateContext: true);
            return writer.ToPage(productHead);
        }
        catch
        {
            writer.Release();
            throw;
        }
    }

    public async Task<string> RenderAsync(string view, object model, TemplateOverrides? overrides = null, string culture = ThemeWords.DefaultCulture)
    {
        var (html, byTenant) = await RenderViewAsync(view, () => NewContext(model, culture), overrides);
        return byTenant ? _guard.Fragment(html) : html;
    }

    private TemplateContext NewContext(object model, string culture)
    {
        var context = new TemplateContext(model, _templateOptions);
        var words = Words.For(culture);
        context.SetValue("words", words);
        context.AmbientValues[KeptLayout.WordsAmbient] = words;
        return context;
    }

    /// <returns>The output, and whether a tenant's override wrote it (then it must be guarded).</returns>
    private async Task<(string Html, bool ByTenant)> RenderViewAsync(string view, Func<TemplateContext> context, TemplateOverrides? overrides) =>
        await RenderOverrideAsync(view, context, overrides) is { } byTenant ? (byTenant, true) : (await GetTemplate(view).RenderAsync(context(), Encoder), false);

    /// <summary>The tenant's override of <paramref name="view"/> rendered (to be guarded); null when it has none or it failed (logged).</summary>
    private async Task<string?> RenderOverrideAsync(string view, Func<TemplateContext> context, TemplateOverrides? overrides)
    {
        if (overrides is not null && overrides.Exists(view))
        {
            try
            {
                return await overrides.Get(view).RenderAsync(context(), Encoder);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Template override {View} of tenant {TenantName} failed; the theme's view was rendered instead", view, overrides.TenantName);
            }
        }

        return null;
    }

    private string ViewFile(string view) =>
        TemplateOverrides.IsValidName(view) ? Path.Combine(ViewsFolder, view + ".liquid") : throw new ArgumentException($"Invalid view name '{view}'.", nameof(view));

    private IFluidTemplate GetTemplate(string view)
    {
        var file = ViewFile(view);
        var modified = _views.GetFileInfo(view + ".liquid").LastModified.UtcDateTime;
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
