using System.Text;
using System.Text.Json;
using GiaVien.Cms.Content.Fields;

namespace GiaVien.Cms.Content.Published;

/// <summary>
/// Reads the list fields out of an item's stored JSON with a forward-only reader, skipping everything else
/// (the body HTML above all) without building a document. Which fields those are, each part says
/// (<see cref="PartSummaryFields"/>).
/// </summary>
internal static class SummaryReader
{
    public static ContentSummary Read(SummaryRow row, ContentSummaryFields summaries)
    {
        var fields = new Fields();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(row.Data));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var part = reader.GetString();
            reader.Read();
            if (part == "AutoroutePart" && reader.TokenType == JsonTokenType.StartObject)
            {
                ReadObject(ref reader, (ref Utf8JsonReader r, string name) => fields.Path = name == "Path" ? StringOrNull(ref r) : Skip(ref r, fields.Path));
            }
            else if (reader.TokenType == JsonTokenType.StartObject && part is not null && summaries.Find(part) is { } slots)
            {
                ReadObject(ref reader, (ref Utf8JsonReader r, string name) => ReadSummaryField(ref r, slots, name, fields));
            }
            else
            {
                reader.Skip();
            }
        }

        return new ContentSummary(row.ContentItemId, row.ContentType, row.DisplayText, fields.Path,
            DateTime.SpecifyKind(row.PublishedUtc ?? row.CreatedUtc, DateTimeKind.Utc), DateTime.SpecifyKind(row.ModifiedUtc, DateTimeKind.Utc),
            fields.DisplayDate, fields.Lead, fields.Images.FirstOrDefault(), fields.ImageTexts.FirstOrDefault(), fields.Terms, fields.Share);
    }

    private delegate void PropertyHandler(ref Utf8JsonReader reader, string name);

    private sealed class Fields
    {
        public string? Path;
        public string? Lead;
        public DateTime? DisplayDate;
        public List<string> Images = [];
        public List<string> ImageTexts = [];
        public List<string> Terms = [];
        public bool Share;
    }

    private static void ReadSummaryField(ref Utf8JsonReader reader, PartSummaryFields slots, string field, Fields fields)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        // Each field is an object: {"Text": "…"}, {"Paths": [...]}, {"Value": …}; only the keys a list needs are read,
        // by the same rules as the field kinds' typed readers (blank text is absent, a date is an ISO instant or a day).
        ReadObject(ref reader, (ref Utf8JsonReader r, string key) =>
        {
            if (field == slots.Lead && key == "Text")
            {
                fields.Lead = StringOrNull(ref r);
            }
            else if (field == slots.Date && key == "Value")
            {
                fields.DisplayDate = FieldJson.ParseDate(StringOrNull(ref r));
            }
            else if (field == slots.Image && key == "Paths")
            {
                fields.Images = Strings(ref r);
            }
            else if (field == slots.Image && key == "MediaTexts")
            {
                fields.ImageTexts = Strings(ref r);
            }
            else if (field == slots.Terms && key == "TermContentItemIds")
            {
                fields.Terms = Strings(ref r);
            }
            else if (field == slots.Shared && key == "Value")
            {
                fields.Share = r.TokenType == JsonTokenType.True;
            }
            else
            {
                r.Skip();
            }
        });
    }

    private static void ReadObject(ref Utf8JsonReader reader, PropertyHandler handler)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            handler(ref reader, name);
        }
    }

    private static string? Skip(ref Utf8JsonReader reader, string? keep)
    {
        reader.Skip();
        return keep;
    }

    private static string? StringOrNull(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        var text = reader.GetString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static List<string> Strings(ref Utf8JsonReader reader)
    {
        var list = new List<string>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return list;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } value && !string.IsNullOrWhiteSpace(value))
            {
                list.Add(value);
            }
            else
            {
                reader.Skip();
            }
        }

        return list;
    }
}

/// <summary>The columns a list reads; the JSON is parsed by <see cref="SummaryReader"/>.</summary>
internal sealed record SummaryRow(string ContentItemId, string ContentType, string DisplayText, DateTime? PublishedUtc, DateTime CreatedUtc, DateTime ModifiedUtc, string Data);
