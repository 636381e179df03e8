#:package SkiaSharp
#:package SkiaSharp.NativeAssets.Linux

// Draws the demo recipes' illustrations (no photographs: gradients and simple shapes), as JPEG files next to
// this script. Run it again after changing a picture:  dotnet run recipes/media/make-demo-images.cs
using SkiaSharp;

const int Width = 1200;
const int Height = 800;
var folder = Path.GetDirectoryName(Path.GetFullPath(AppContext.GetData("EntryPointFilePath") as string ?? "make-demo-images.cs"))!;

Draw("lop-boi-duong-chuyen-doi-so.jpg", [0xFF0B3C5D, 0xFF328CC1], canvas =>
{
    // Rows of screens on desks.
    for (var row = 0; row < 2; row++)
    {
        for (var column = 0; column < 4; column++)
        {
            var x = 110 + column * 260;
            var y = 250 + row * 260;
            Fill(canvas, 0xFF1D2731, new SKRect(x, y, x + 200, y + 130), 10);
            Fill(canvas, 0xFFD9E6F2, new SKRect(x + 10, y + 10, x + 190, y + 120), 6);
            Fill(canvas, 0xFF1D2731, new SKRect(x + 85, y + 130, x + 115, y + 165), 0);
            Fill(canvas, 0xFFC9A227, new SKRect(x - 20, y + 165, x + 220, y + 180), 4);
        }
    }
});

Draw("bo-phan-mot-cua.jpg", [0xFF0F5257, 0xFF9CC5A1], canvas =>
{
    // A service counter with a waiting bench and two people.
    Fill(canvas, 0xFFF2E8CF, new SKRect(120, 420, 1080, 560), 12);
    Fill(canvas, 0xFFBC4749, new SKRect(120, 400, 1080, 430), 6);
    Fill(canvas, 0xFF386641, new SKRect(160, 140, 640, 330), 16);
    Person(canvas, 820, 300, 0xFF6A994E);
    Person(canvas, 960, 320, 0xFFF4A259);
});

Draw("dam-sen-nuoi-ca.jpg", [0xFF87BBA2, 0xFF2D6A4F], canvas =>
{
    // A lotus pond: leaves, flowers and ripples.
    var random = new Random(7);
    for (var i = 0; i < 22; i++)
    {
        var x = random.Next(60, Width - 60);
        var y = random.Next(320, Height - 40);
        Circle(canvas, 0xFF40916C, x, y, random.Next(35, 70));
        if (i % 3 == 0)
        {
            Circle(canvas, 0xFFF4ACB7, x + 10, y - 50, 22);
            Circle(canvas, 0xFFFFE5EC, x + 10, y - 50, 9);
        }
    }

    Circle(canvas, 0xFFFFF3B0, 980, 150, 70);
});

Draw("ngay-hoi-dai-doan-ket.jpg", [0xFFC1121F, 0xFFFDF0D5], canvas =>
{
    // Tug of war: two teams on a rope under a row of lanterns.
    for (var x = 0; x < Width; x += 80)
    {
        Circle(canvas, x / 80 % 2 == 0 ? 0xFFFFD60Au : 0xFF003049u, x + 40, 90, 28);
    }

    using var rope = new SKPaint { Color = new SKColor(0xFF7F5539), StrokeWidth = 12, IsAntialias = true };
    canvas.DrawLine(120, 520, 1080, 520, rope);
    for (var i = 0; i < 4; i++)
    {
        Person(canvas, 200 + i * 90, 470, 0xFF003049);
        Person(canvas, 730 + i * 90, 470, 0xFF669BBC);
    }
});

// The home pages' banner for the national public-service portal: wide and short, its words drawn (the link's text
// alternative repeats them for screen readers).
Draw("cong-dich-vu-cong-quoc-gia.jpg", [0xFF8B1E1E, 0xFFC0392B], canvas =>
{
    Circle(canvas, 0xFFF1C40F, 150, 150, 90);
    Circle(canvas, 0xFFC0392B, 150, 150, 62);
    Text(canvas, "CỔNG DỊCH VỤ CÔNG QUỐC GIA", 290, 135, 58);
    Text(canvas, "Nộp hồ sơ, tra cứu kết quả trực tuyến", 290, 210, 40);
}, 1200, 300);

void Draw(string name, uint[] gradient, Action<SKCanvas> shapes, int width = Width, int height = Height)
{
    using var surface = SKSurface.Create(new SKImageInfo(width, height));
    var canvas = surface.Canvas;
    using (var background = new SKPaint
    {
        Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [.. gradient.Select(c => new SKColor(c))], SKShaderTileMode.Clamp),
    })
    {
        canvas.DrawRect(0, 0, width, height, background);
    }

    shapes(canvas);
    using var image = surface.Snapshot();
    using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
    File.WriteAllBytes(Path.Combine(folder, name), data.ToArray());
    Console.WriteLine($"{name}: {data.Size / 1024} KB");
}

static void Fill(SKCanvas canvas, uint color, SKRect rect, float radius)
{
    using var paint = new SKPaint { Color = new SKColor(color), IsAntialias = true };
    canvas.DrawRoundRect(rect, radius, radius, paint);
}

static void Circle(SKCanvas canvas, uint color, float x, float y, float radius)
{
    using var paint = new SKPaint { Color = new SKColor(color), IsAntialias = true };
    canvas.DrawCircle(x, y, radius, paint);
}

static void Text(SKCanvas canvas, string text, float x, float y, float size)
{
    // DejaVu Sans (Debian's fonts-dejavu) has every Vietnamese letter; the typeface falls back to the default one otherwise.
    using var typeface = SKTypeface.FromFamilyName("DejaVu Sans", SKFontStyle.Bold);
    using var font = new SKFont(typeface, size);
    using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
    canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
}

static void Person(SKCanvas canvas, float x, float y, uint color)
{
    Circle(canvas, 0xFFFFD7BA, x, y - 90, 26);
    Fill(canvas, color, new SKRect(x - 30, y - 60, x + 30, y + 40), 14);
    Fill(canvas, 0xFF333333, new SKRect(x - 26, y + 40, x + 26, y + 110), 6);
}
