using SkiaSharp;

namespace GiaVien.Cms.Media.Images;

/// <summary>Decoding, checking and resizing with SkiaSharp, reading no more pixels than the output needs.</summary>
public static class SkiaImages
{
    public const int WebpQuality = 80;
    public const int JpegQuality = 82;

    /// <summary>A decoder over a seekable stream, or null when the data is not an image Skia can read.</summary>
    public static SKCodec? Open(Stream stream)
    {
        stream.Position = 0;
        // The codec owns the Skia stream wrapper, not the caller's stream, which stays open for further checks.
        var wrapper = new SKManagedStream(stream, disposeManagedStream: false);
        var codec = SKCodec.Create(wrapper, out _);
        if (codec is null)
        {
            wrapper.Dispose();
        }

        return codec;
    }

    /// <summary>The size as a viewer shows it: EXIF orientations 5–8 turn the image a quarter.</summary>
    public static (int Width, int Height) DisplaySize(SKCodec codec) =>
        SwapsAxes(codec.EncodedOrigin) ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);

    public static bool HasAlpha(SKCodec codec) => codec.Info.AlphaType != SKAlphaType.Opaque;

    /// <summary>
    /// Whether every byte of the image data decodes. JPEG and WebP are decoded at a small scale (all of the
    /// data is still read), PNG row by row: checking a 50-megapixel upload never holds it whole in memory.
    /// </summary>
    public static bool DecodesCompletely(SKCodec codec)
    {
        var info = codec.Info;
        var scaled = codec.GetScaledDimensions(Math.Min(1f, 256f / Math.Max(info.Width, info.Height)));
        if (scaled.Width < info.Width && scaled.Width > 0)
        {
            using var small = new SKBitmap(new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
            return codec.GetPixels(small.Info, small.GetPixels()) == SKCodecResult.Success;
        }

        var rowInfo = new SKImageInfo(info.Width, 1, SKColorType.Rgba8888, SKAlphaType.Premul);
        if (codec.EncodedFormat == SKEncodedImageFormat.Png && codec.StartScanlineDecode(info.WithSize(info.Width, info.Height).WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul)) == SKCodecResult.Success)
        {
            using var row = new SKBitmap(rowInfo);
            for (var y = 0; y < info.Height; y++)
            {
                if (codec.GetScanlines(row.GetPixels(), 1, row.RowBytes) != 1)
                {
                    return false;
                }
            }

            return true;
        }

        using var full = new SKBitmap(new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        return codec.GetPixels(full.Info, full.GetPixels()) == SKCodecResult.Success;
    }

    /// <summary>Renders <paramref name="profile"/>: orientation applied, centre-cropped or fitted, re-encoded without metadata.</summary>
    public static SKData Render(SKCodec codec, ImageProfile profile, ImageFormat format)
    {
        var (displayWidth, displayHeight) = DisplaySize(codec);
        var (width, height) = profile.OutputSize(displayWidth, displayHeight);
        using var oriented = DecodeOriented(codec, MinimumSource(profile, displayWidth, displayHeight, width, height));
        var source = SourceRect(profile, oriented.Width, oriented.Height, width, height);

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(format == ImageFormat.Jpeg ? SKColors.White : SKColors.Transparent);
        // Mitchell is sharper; mipmaps avoid aliasing when the source is still much larger than the output.
        var sampling = source.Width > 2.5 * width
            ? new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)
            : new SKSamplingOptions(SKCubicResampler.Mitchell);
        canvas.DrawImage(oriented, source, new SKRect(0, 0, width, height), sampling, null);
        using var image = surface.Snapshot();
        return format == ImageFormat.Webp ? image.Encode(SKEncodedImageFormat.Webp, WebpQuality)
            : format == ImageFormat.Png ? image.Encode(SKEncodedImageFormat.Png, 100)
            : image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
    }

    // The smallest decoded size (in display orientation) from which the output can be cut without upscaling.
    private static (int Width, int Height) MinimumSource(ImageProfile profile, int displayWidth, int displayHeight, int width, int height)
    {
        var scale = profile.Crop
            ? Math.Max((double)width / displayWidth, (double)height / displayHeight)
            : (double)width / displayWidth;
        return ((int)Math.Ceiling(displayWidth * scale), (int)Math.Ceiling(displayHeight * scale));
    }

    private static SKRect SourceRect(ImageProfile profile, int sourceWidth, int sourceHeight, int width, int height)
    {
        if (!profile.Crop)
        {
            return new SKRect(0, 0, sourceWidth, sourceHeight);
        }

        var aspect = (double)width / height;
        var cropWidth = Math.Min(sourceWidth, sourceHeight * aspect);
        var cropHeight = cropWidth / aspect;
        var left = (sourceWidth - cropWidth) / 2;
        var top = (sourceHeight - cropHeight) / 2;
        return new SKRect((float)left, (float)top, (float)(left + cropWidth), (float)(top + cropHeight));
    }

    // Decodes at the smallest scale the codec supports (JPEG: n/8) that still covers the wanted size, then
    // turns the pixels upright per the EXIF orientation.
    private static SKImage DecodeOriented(SKCodec codec, (int Width, int Height) wanted)
    {
        var info = codec.Info;
        var swap = SwapsAxes(codec.EncodedOrigin);
        var (wantedStoredWidth, wantedStoredHeight) = swap ? (wanted.Height, wanted.Width) : wanted;
        // Skia rounds a requested scale to the NEAREST supported one, which may be too small: try n/8 upwards.
        var size = new SKSizeI(info.Width, info.Height);
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var candidate = codec.GetScaledDimensions(eighths / 8f);
            if (candidate.Width >= wantedStoredWidth && candidate.Height >= wantedStoredHeight)
            {
                size = candidate;
                break;
            }
        }

        var bitmap = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            throw new InvalidDataException($"The image could not be decoded ({result}).");
        }

        bitmap.SetImmutable();
        var decoded = SKImage.FromBitmap(bitmap);
        if (codec.EncodedOrigin == SKEncodedOrigin.TopLeft)
        {
            return decoded;
        }

        using (decoded)
        {
            var (width, height) = swap ? (size.Height, size.Width) : (size.Width, size.Height);
            using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            surface.Canvas.SetMatrix(Orientation(codec.EncodedOrigin, size.Width, size.Height));
            surface.Canvas.DrawImage(decoded, 0, 0, SKSamplingOptions.Default, null);
            return surface.Snapshot();
        }
    }

    private static bool SwapsAxes(SKEncodedOrigin origin) => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop
        or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    // Maps stored pixel coordinates (w × h) to upright ones, per EXIF orientation 2–8.
    private static SKMatrix Orientation(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
