using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Fields;

namespace GiaVien.Cms.Galleries;

/// <summary>One photo of an album: a library path, its alt text and its caption.</summary>
public sealed record AlbumPhoto(string Path, string Alt, string? Caption);

/// <summary>The JSON of <see cref="AlbumPhotosField"/>'s value, read and written in one place.</summary>
public static class AlbumPhotos
{
    public const string Key = "Photos";

    /// <summary>The photos, or null when the value is not a list of objects each with a string <c>Path</c>.</summary>
    public static IReadOnlyList<AlbumPhoto>? Read(JsonNode? value)
    {
        if (value is not JsonArray array)
        {
            return null;
        }

        var photos = new List<AlbumPhoto>(array.Count);
        foreach (var node in array)
        {
            if (node is not JsonObject photo || FieldJson.Text(photo["Path"]) is not { } path
                || !OptionalString(photo["Alt"]) || !OptionalString(photo["Caption"]))
            {
                return null;
            }

            photos.Add(new AlbumPhoto(path, FieldJson.Text(photo["Alt"]) ?? "", FieldJson.Text(photo["Caption"])));
        }

        return photos;
    }

    public static JsonArray Write(IEnumerable<AlbumPhoto> photos) =>
        new(photos.Select(p => (JsonNode)new JsonObject { ["Path"] = p.Path, ["Alt"] = p.Alt, ["Caption"] = p.Caption }).ToArray());

    private static bool OptionalString(JsonNode? node) => node is null || FieldJson.IsString(node);
}
