using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Procedures;

/// <summary>The import page as an editor uses it: upload a workbook for the preview, then confirm it.</summary>
public sealed partial class ProcedureImportClient(HttpClient http, string basePath)
{
    public string PageUrl => $"{basePath}/admin/thu-tuc-hanh-chinh/nhap";

    public async Task<(HttpStatusCode Status, string Html)> PreviewAsync(byte[] workbook, string fileName = "thu-tuc.xlsx")
    {
        var token = EditorClient.Token(await http.GetStringAsync(PageUrl));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__af" } };
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        using var response = await http.PostAsync(PageUrl + "?handler=Preview", form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the confirmation form of a preview page.</summary>
    public async Task<(HttpStatusCode Status, string Html)> ConfirmAsync(string previewHtml)
    {
        var payload = WebUtility.HtmlDecode(PayloadField().Match(previewHtml).Groups[1].Value);
        Assert.NotEmpty(payload);
        using var response = await http.PostAsync(PageUrl + "?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = EditorClient.Token(previewHtml),
            ["payload"] = payload,
        }));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"payload\" value=\"([^\"]*)\"")]
    private static partial Regex PayloadField();
}
