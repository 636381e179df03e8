using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Media;

/// <summary>Every file of the bad corpus is refused with its own Vietnamese message, and nothing is stored.</summary>
public sealed class UploadValidationTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    public static TheoryData<BadFile> BadFiles => [.. TestFiles.Corpus()];

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_its_reason_and_nothing_is_stored(BadFile bad)
    {
        var editor = await MediaClient.SignInAsync(host, "/mat-tran");
        var mediaFolder = Path.Combine(host.DataFolder.SiteFolder("mat-tran"), "Media");
        var filesBefore = Directory.Exists(mediaFolder) ? Directory.GetFiles(mediaFolder, "*", SearchOption.AllDirectories).Length : 0;
        var totalBefore = (await editor.ListAsync()).GetProperty("total").GetInt32();

        var (status, json) = await editor.UploadAsync(bad.Name, bad.Content);

        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.True((int)status is >= 400 and < 500, $"{status}");
        var result = json.GetProperty("results")[0];
        Assert.False(result.GetProperty("ok").GetBoolean());
        Assert.Equal(bad.Code, result.GetProperty("code").GetString());
        Assert.Contains(bad.MessagePart, result.GetProperty("message").GetString());
        Assert.Equal(totalBefore, (await editor.ListAsync()).GetProperty("total").GetInt32());
        Assert.Equal(filesBefore, Directory.Exists(mediaFolder) ? Directory.GetFiles(mediaFolder, "*", SearchOption.AllDirectories).Length : 0);
    }

    [Fact]
    public async Task A_vietnamese_file_name_becomes_a_safe_ascii_one()
    {
        var editor = await MediaClient.SignInAsync(host, "/mat-tran");
        var path = await editor.UploadOkAsync("Hội nghị tổng kết năm 2024 (Đảng ủy).JPG", TestFiles.Jpeg(64, 48));
        Assert.Equal("hoi-nghi-tong-ket-nam-2024-dang-uy.jpg", path);
    }

    [Fact]
    public async Task Good_documents_and_images_of_every_allowed_kind_are_accepted()
    {
        var editor = await MediaClient.SignInAsync(host, "/mat-tran");
        Assert.Equal("ke-hoach.pdf", await editor.UploadOkAsync("Kế hoạch.pdf", TestFiles.Pdf()));
        Assert.Equal("bao-cao.docx", await editor.UploadOkAsync("Báo cáo.docx", TestFiles.Docx()));
        Assert.Equal("logo.png", await editor.UploadOkAsync("logo.png", TestFiles.Png(32, 32)));
        Assert.Equal("cham.gif", await editor.UploadOkAsync("chấm.gif", TestFiles.Gif()));
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var editor = await MediaClient.SignInAsync(host, "/mat-tran");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Jpeg(10, 10)), "files", "a.jpg" } };
        using var response = await editor.Http.PostAsync("/mat-tran/admin/media/api/upload", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Phiên làm việc đã hết hạn", await response.Content.ReadAsStringAsync());
    }
}
