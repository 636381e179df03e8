using System.Security.Cryptography;
using SkiaSharp;

namespace GiaVien.Cms.Questions.Asking;

/// <summary>Draws a challenge code as a PNG: each character turned a little, over a few crossing lines.</summary>
public static class ChallengeImage
{
    public const int Width = 180;
    public const int Height = 60;

    public static byte[] Png(string code)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xF4, 0xF1, 0xE8));
        using var line = new SKPaint { Color = new SKColor(0x8A, 0x80, 0x70), StrokeWidth = 1.5f, IsAntialias = true };
        for (var i = 0; i < 5; i++)
        {
            canvas.DrawLine(RandomNumberGenerator.GetInt32(Width), RandomNumberGenerator.GetInt32(Height),
                RandomNumberGenerator.GetInt32(Width), RandomNumberGenerator.GetInt32(Height), line);
        }

        using var ink = new SKPaint { Color = new SKColor(0x1B, 0x2A, 0x4A), IsAntialias = true };
        using var font = new SKFont(SKTypeface.FromFamilyName(null, SKFontStyle.Bold), 34);
        var step = (Width - 20f) / code.Length;
        for (var i = 0; i < code.Length; i++)
        {
            canvas.Save();
            var x = 12 + (i * step);
            var y = 42 + RandomNumberGenerator.GetInt32(-5, 6);
            canvas.RotateDegrees(RandomNumberGenerator.GetInt32(-18, 19), x + (step / 2), y - 12);
            canvas.DrawText(code[i].ToString(), x, y, SKTextAlign.Left, font, ink);
            canvas.Restore();
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
