using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Tests;

public sealed class ContentModelTests
{
    /// <summary>A field kind of a module's own: registered in DI, it validates values of fields that name it.</summary>
    private sealed class PostalCodeField : ContentFieldKind
    {
        public override string Name => "PostalCode";

        public override string DisplayName => "Mã bưu chính";

        public override string ValueKey => "Text";

        protected override string? ShapeError(JsonNode value) =>
            FieldJson.Text(value) is { Length: 6 } code && code.All(char.IsAsciiDigit) ? null : "phải gồm đúng 6 chữ số";
    }

    private sealed class NoReferences : IContentReferences
    {
        public bool ItemExists(string contentItemId) => false;

        public bool TermExists(string taxonomyContentItemId, string termContentItemId) => false;

        public bool MediaFileExists(string path) => false;
    }

    [Fact]
    public void A_field_kind_registered_in_DI_validates_the_fields_that_use_it()
    {
        var kinds = new ServiceCollection().AddSingleton<BodySanitizer>().AddSingleton<ContentFieldKinds>().AddBuiltInFieldKinds()
            .AddContentFieldKind<PostalCodeField>().BuildServiceProvider().GetRequiredService<ContentFieldKinds>();
        var part = new ContentPartDefinition { Name = "AddressPart", Fields = [new ContentFieldDefinition { Name = "Code", Kind = "PostalCode", DisplayName = "Mã bưu chính" }] };
        var type = new ContentTypeDefinition { Name = "Office", DisplayName = "Cơ quan", Parts = ["AddressPart"] };
        var definitions = new ContentDefinitions([type], [part], kinds);

        var item = new ContentItem { ContentItemId = "x", ContentType = "Office", Content = new JsonObject { ["AddressPart"] = new JsonObject { ["Code"] = new JsonObject { ["Text"] = "43A" } } } };
        var error = Assert.Single(ContentItemValidator.Validate(item, definitions, new NoReferences()));
        Assert.Equal("AddressPart.Code", error.Path);
        Assert.Equal("Trường \"Mã bưu chính\" phải gồm đúng 6 chữ số.", error.Message);

        item.Content["AddressPart"]!["Code"]!["Text"] = "431000";
        Assert.Empty(ContentItemValidator.Validate(item, definitions, new NoReferences()));

        var unknown = new ContentDefinitions([type], [part], new ContentFieldKinds([]));
        Assert.Contains("không được hỗ trợ", Assert.Single(ContentItemValidator.Validate(item, unknown, new NoReferences())).Message);
    }

    [Fact]
    public void The_news_part_reads_its_json_by_one_set_of_rules()
    {
        var item = new ContentItem
        {
            ContentItemId = "x",
            ContentType = NewsPart.TypeName,
            PublishedUtc = new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc),
            Content = new JsonObject
            {
                [NewsPart.Name] = new JsonObject
                {
                    ["Lead"] = new JsonObject { ["Text"] = "   " },
                    ["Byline"] = new JsonObject { ["Text"] = 12 },
                    ["DisplayDate"] = new JsonObject { ["Value"] = "2023-10-04T09:15:00+07:00" },
                    ["FeaturedImage"] = new JsonObject { ["Paths"] = new JsonArray("article/a.jpg"), ["MediaTexts"] = new JsonArray("Lễ ra quân") },
                    ["Categories"] = new JsonObject { ["TermContentItemIds"] = new JsonArray("kinh-te", " ", "xa-hoi") },
                    ["ShareWithDistrict"] = new JsonObject { ["Value"] = true },
                },
            },
        };

        var news = item.As<NewsPart>();
        Assert.Null(news.Lead);
        Assert.Null(news.Byline);
        Assert.Equal(new DateTime(2023, 10, 4, 2, 15, 0, DateTimeKind.Utc), news.DisplayDateUtc);
        Assert.Equal(news.DisplayDateUtc, DisplayDates.Of(item));
        Assert.Equal(("article/a.jpg", "Lễ ra quân"), (news.ImagePath, news.ImageAlt));
        Assert.Equal(["kinh-te", "xa-hoi"], news.TermIds);
        Assert.True(news.ShareWithDistrict);
        var back = NewsPart.From(news.ToJson());
        Assert.Equal((news.DisplayDateUtc, news.ShareWithDistrict), (back.DisplayDateUtc, back.ShareWithDistrict));
        Assert.Equal(news.TermIds, back.TermIds);
    }

    [Fact]
    public void A_route_prefix_that_a_module_answers_on_or_another_type_uses_is_refused()
    {
        var news = new ContentTypeDefinition { Name = "DistrictNews", DisplayName = "Tin tức", RoutePrefix = "tin-tuc" };
        Assert.Contains("dành riêng", RoutePrefixes.Error(news with { Name = "ThongBao", RoutePrefix = "tim-kiem" }, [news]));
        Assert.Contains("dành riêng", RoutePrefixes.Error(news with { Name = "ThongBao", RoutePrefix = "admin" }, [news]));
        Assert.Contains("đã được kiểu \"Tin tức\" dùng", RoutePrefixes.Error(news with { Name = "ThongBao" }, [news]));
        Assert.Contains("chữ thường không dấu", RoutePrefixes.Error(news with { Name = "ThongBao", RoutePrefix = "Thông-báo" }, [news]));
        Assert.Null(RoutePrefixes.Error(news with { Name = "ThongBao", RoutePrefix = "thong-bao" }, [news]));
        Assert.Null(RoutePrefixes.Error(news, [news]));
    }
}
