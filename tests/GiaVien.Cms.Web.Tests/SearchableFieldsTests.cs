using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Web.Site;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The fields a search may filter, count and sort on are worked out once per definitions instance
/// (<see cref="SearchableFields"/>): the same definitions answer with the same instance, new definitions (a type or part
/// changed) with their own fields at once, and a type name no type has is answered with none and not kept.
/// </summary>
public sealed class SearchableFieldsTests
{
    private static readonly ContentFieldKinds Kinds = new ServiceCollection().AddSingleton<Content.Items.BodySanitizer>().AddSingleton<ContentFieldKinds>()
        .AddBuiltInFieldKinds().BuildServiceProvider().GetRequiredService<ContentFieldKinds>();

    [Fact]
    public void The_same_definitions_answer_with_the_same_fields_and_new_definitions_with_their_own()
    {
        var definitions = Definitions(levelIsFacet: true);

        var all = SearchableFields.Of(definitions, null);
        Assert.Equal(["Level", "Sector"], all.Filterable);
        Assert.Equal([("Level", "Cấp thực hiện"), ("Sector", "Lĩnh vực")], all.Facets);
        Assert.Equal(["Year"], all.Sortable);
        Assert.Same(all, SearchableFields.Of(definitions, null));

        var procedures = SearchableFields.Of(definitions, "Procedure");
        Assert.Equal(["Level"], procedures.Filterable);
        Assert.Same(procedures, SearchableFields.Of(definitions, "Procedure"));
        Assert.Equal(["Sector"], SearchableFields.Of(definitions, "Report").Filterable);

        // A field no longer counted: the read cache's new definitions say so on the next search.
        Assert.Equal([("Sector", "Lĩnh vực")], SearchableFields.Of(Definitions(levelIsFacet: false), null).Facets);
    }

    [Fact]
    public void A_type_no_type_has_searches_no_field()
    {
        var none = SearchableFields.Of(Definitions(levelIsFacet: true), "NoSuchType");

        Assert.Empty(none.Filterable);
        Assert.Empty(none.Facets);
        Assert.Empty(none.Sortable);
    }

    private static ContentDefinitions Definitions(bool levelIsFacet) => new(
        [
            new ContentTypeDefinition { Name = "Procedure", DisplayName = "Thủ tục", Parts = ["ProcedurePart"] },
            new ContentTypeDefinition { Name = "Report", DisplayName = "Báo cáo", Parts = ["ReportPart"] },
        ],
        [
            new ContentPartDefinition
            {
                Name = "ProcedurePart",
                Fields = [new ContentFieldDefinition { Name = "Level", Kind = "Text", DisplayName = "Cấp thực hiện", Filterable = true, Facet = levelIsFacet }],
            },
            new ContentPartDefinition
            {
                Name = "ReportPart",
                Fields =
                [
                    new ContentFieldDefinition { Name = "Sector", Kind = "Text", DisplayName = "Lĩnh vực", Filterable = true, Facet = true },
                    new ContentFieldDefinition { Name = "Year", Kind = "Text", DisplayName = "Năm", Sortable = true },
                    // A field named as one of search's own keys cannot be filtered on.
                    new ContentFieldDefinition { Name = "type", Kind = "Text", DisplayName = "Loại", Filterable = true },
                ],
            },
        ],
        Kinds);
}
