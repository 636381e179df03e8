using System.Text.Json;
using System.Text.Json.Nodes;

namespace GiaVien.Cms.Recipes;

/// <summary>Small, forgiving readers of recipe JSON: a wrong type reads as missing, and the step reports it.</summary>
public static class JsonPaths
{
    /// <summary>A string property, matched case-insensitively (recipes are hand-written).</summary>
    public static string? GetString(JsonObject obj, string name) =>
        Get(obj, name) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static JsonArray? GetArray(JsonObject obj, string name) => Get(obj, name) as JsonArray;

    public static List<string> GetStrings(JsonObject obj, string name) =>
        GetArray(obj, name)?.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToList() ?? [];

    public static JsonNode? Get(JsonObject obj, string name) =>
        obj.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
