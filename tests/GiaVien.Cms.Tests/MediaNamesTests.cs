using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Uploads;

namespace GiaVien.Cms.Tests;

public sealed class MediaNamesTests
{
    [Theory]
    [InlineData("Hội nghị tổng kết.JPG", "hoi-nghi-tong-ket", "jpg")]
    [InlineData("Ảnh ĐẠI HỘI Đoàn 2024.jpeg", "anh-dai-hoi-doan-2024", "jpeg")]
    [InlineData("Quyết định số 12/QĐ-UBND.pdf", null, null)]
    [InlineData("báo cáo (bản cuối) .docx", "bao-cao-ban-cuoi", "docx")]
    [InlineData("...", null, null)]
    [InlineData("!!!.png", "tep", "png")]
    public void Uploaded_names_become_safe_ascii_or_are_refused(string original, string? stem, string? extension)
    {
        if (stem is null)
        {
            Assert.Throws<MediaException>(() => MediaFileNames.Normalize(original));
            return;
        }

        Assert.Equal((stem, extension), MediaFileNames.Normalize(original));
    }

    [Fact]
    public void Decomposed_vietnamese_from_macos_gives_the_same_name()
    {
        var nfd = "Hội nghị.jpg".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(("hoi-nghi", "jpg"), MediaFileNames.Normalize(nfd));
    }

    [Theory]
    [InlineData("anh.jpg", true)]
    [InlineData("tin-tuc/2024/anh-1.jpg", true)]
    [InlineData("../anh.jpg", false)]
    [InlineData("tin-tuc/../anh.jpg", false)]
    [InlineData("/anh.jpg", false)]
    [InlineData("tin-tuc//anh.jpg", false)]
    [InlineData("tin-tuc\\anh.jpg", false)]
    [InlineData("_p/card/anh.jpg", false)]
    [InlineData(".htaccess", false)]
    [InlineData("Anh.jpg", false)]
    [InlineData("anh.JPG", false)]
    [InlineData("anh", false)]
    [InlineData("an%2e.jpg", false)]
    [InlineData("anh\0.jpg", false)]
    [InlineData("-anh.jpg", false)]
    public void Only_slug_paths_are_media_paths(string path, bool valid) => Assert.Equal(valid, MediaPath.IsValidFile(path));

    [Theory]
    [InlineData("card", 4000, 3000, 480, 320)]
    [InlineData("card", 300, 300, 300, 200)]
    [InlineData("article", 4000, 3000, 960, 720)]
    [InlineData("article", 3000, 4000, 960, 1280)]
    [InlineData("article", 600, 400, 600, 400)]
    [InlineData("og", 4000, 3000, 1200, 630)]
    [InlineData("thumbnail", 4000, 3000, 200, 200)]
    [InlineData("full", 8000, 2000, 2560, 640)]
    public void Profiles_have_fixed_sizes_and_never_upscale(string name, int width, int height, int expectedWidth, int expectedHeight) =>
        Assert.Equal((expectedWidth, expectedHeight), ImageProfile.Find(name)!.OutputSize(width, height));
}
