using System.Text;
using System.Text.Json.Nodes;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Stores every string in Unicode NFC: text typed on phones or pasted from macOS may arrive decomposed (NFD),
/// and "Viễn" must be one sequence of code points wherever it is compared, indexed or shown.
/// </summary>
public static class TextNormalizer
{
    public static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    public static void NormalizeStrings(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[key] = Nfc(text);
                    }
                    else
                    {
                        NormalizeStrings(obj[key]);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = Nfc(text);
                    }
                    else
                    {
                        NormalizeStrings(array[i]);
                    }
                }

                break;
        }
    }
}
