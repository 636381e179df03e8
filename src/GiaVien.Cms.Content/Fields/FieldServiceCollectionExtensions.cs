using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Content.Fields;

public static class FieldServiceCollectionExtensions
{
    /// <summary>Makes a field kind available to every tenant's definitions (kinds are stateless singletons).</summary>
    public static IServiceCollection AddContentFieldKind<TKind>(this IServiceCollection services)
        where TKind : ContentFieldKind
    {
        services.AddSingleton<ContentFieldKind, TKind>();
        return services;
    }

    /// <summary>The field kinds the product ships.</summary>
    public static IServiceCollection AddBuiltInFieldKinds(this IServiceCollection services) => services
        .AddContentFieldKind<TextField>()
        .AddContentFieldKind<MultiLineTextField>()
        .AddContentFieldKind<HtmlField>()
        .AddContentFieldKind<DateTimeField>()
        .AddContentFieldKind<DateField>()
        .AddContentFieldKind<ChoiceField>()
        .AddContentFieldKind<BooleanField>()
        .AddContentFieldKind<NumberField>()
        .AddContentFieldKind<MediaField>()
        .AddContentFieldKind<LinkField>()
        .AddContentFieldKind<TaxonomyTermsField>()
        .AddContentFieldKind<ContentPickerField>();
}
