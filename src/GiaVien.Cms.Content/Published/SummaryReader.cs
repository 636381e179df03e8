using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GiaVien.Cms.Content.Published;

/// <summary>
/// Reads the list fields out of an item's stored JSON with a forward-only reader, skipping everything else
/// (the body HTML above all) without building a document.
/// </summary>
internal static class SummaryReader
{
    private const string NewsPart = "DistrictNewsPart";

    public static ContentSummary Read(SummaryRow row)
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
            else if (part == NewsPart && reader.TokenType == JsonTokenType.StartObject)
            {
                ReadObject(ref reader, (ref Utf8JsonReader r, string name) => ReadNewsField(ref r, name, fields));
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

    private static void ReadNewsField(ref Utf8JsonReader reader, string field, Fields fields)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        // Each field is an object: {"Text": "…"}, {"Paths": [...]}, {"Value": …}; only the keys a list needs are read.
        ReadObject(ref reader, (ref Utf8JsonReader r, string key) =>
        {
            switch (field, key)
            {
                case ("Lead", "Text"):
                    fields.Lead = StringOrNull(ref r);
                    break;
                case ("DisplayDate", "Value"):
                    fields.DisplayDate = Items.DisplayDates.Parse(StringOrNull(ref r));
                    break;
                case ("FeaturedImage", "Paths"):
                    fields.Images = Strings(ref r);
                    break;
                case ("FeaturedImage", "MediaTexts"):
                    fields.ImageTexts = Strings(ref r);
                    break;
                case ("Categories", "TermContentItemIds"):
                    fields.Terms = Strings(ref r);
                    break;
                case ("ShareWithDistrict", "Value"):
                    fields.Share = r.TokenType == JsonTokenType.True;
                    break;
                default:
                    r.Skip();
                    break;
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
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } value)
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
