using SkiaSharp;

namespace GiaVien.Cms.Media.Bench;

/// <summary>Photo-like test input: gradients and noise, so JPEG has real work to do (a flat colour would flatter it).</summary>
public static class BenchImages
{
    public static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var gradient = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                    [SKColors.DarkGreen, SKColors.Gold, SKColors.SkyBlue, SKColors.Firebrick], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, gradient);
            using var noise = new SKPaint { Shader = SKShader.CreatePerlinNoiseTurbulence(0.05f, 0.05f, 3, 7), BlendMode = SKBlendMode.Overlay };
            canvas.DrawRect(0, 0, width, height, noise);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
    }
}
