using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Questions;

namespace GiaVien.Cms.Questions.Queue;

/// <summary>
/// The published form of a question: the "HoiDap" content item of <c>recipes/hoi-dap.recipe.json</c>. Only what the
/// public may read is copied into it (lĩnh vực, title, question, answer, unit, day asked), never the asker's contact.
/// </summary>
public static class HoiDapType
{
    public const string TypeName = "HoiDap";
    public const string PartName = "HoiDapPart";
    public const string FieldName = "Field";

    /// <summary>The lĩnh vực a resident may choose: the options of the type's field, so administrators edit them at /admin/types.</summary>
    public static IReadOnlyList<string> Fields(ContentDefinitions definitions) =>
        definitions.FindType(TypeName) is { } type
            ? definitions.FieldsOf(type).FirstOrDefault(f => f.Field.Name == FieldName).Field?.Options ?? []
            : [];

    public static ContentItem ToItem(CitizenQuestionRecord question, DateTime publishedUtc) => new()
    {
        ContentItemId = ContentManager.NewId(),
        ContentType = TypeName,
        DisplayText = question.Title,
        Published = true,
        PublishedUtc = publishedUtc,
        Content = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = question.Title },
            [PartName] = new JsonObject
            {
                [FieldName] = new JsonObject { ["Text"] = question.Field },
                ["Question"] = new JsonObject { ["Text"] = question.Question },
                ["Answer"] = new JsonObject { ["Html"] = question.AnswerHtml },
                ["Unit"] = new JsonObject { ["Text"] = question.Unit ?? "" },
                ["AskedDate"] = new JsonObject { ["Value"] = Content.Text.VietnameseDates.ToVietnamTime(question.CreatedUtc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            },
        },
    };
}
