using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Galleries;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Site.Types;

namespace GiaVien.Cms.Web.Tests.Galleries;

/// <summary>Fixed models of the album and video views for <see cref="ThemeGoldenTests"/>.</summary>
public static class GalleryGoldenCases
{
    public static IReadOnlyList<string> Names => ["AlbumList", "Album", "Video"];

    private static readonly IReadOnlyList<AlbumPhotoView> Photos =
    [
        AlbumPhotoView.Of(new AlbumPhoto("thu-vien-anh/dinh-lang.jpg", "Mái đình cong vút dưới tán cây đa", "Đình làng Gia Hòa sau khi tu bổ."), 1, "/gia-hoa"),
        AlbumPhotoView.Of(new AlbumPhoto("thu-vien-anh/ruoc-kieu.jpg", "Đoàn người mặc áo dài đỏ khiêng kiệu qua sân đình", null), 2, "/gia-hoa"),
    ];

    private static readonly ContentItemViewModel Album = new("Lễ hội đình làng Gia Hòa", "/gia-hoa/thu-vien-anh/le-hoi-dinh-lang", "Thứ hai, 06/01/2025",
        "2025-01-06T09:00:00+07:00", new Dictionary<string, object?> { ["Description"] = "Những hình ảnh của lễ hội <đầu xuân>.", ["Photos"] = Photos }, []);

    private static readonly ContentItemViewModel Video = new("Phóng sự lễ hội đình làng", "/gia-hoa/video/phong-su-le-hoi", "Thứ hai, 06/01/2025",
        "2025-01-06T09:00:00+07:00", new Dictionary<string, object?>
        {
            ["File"] = new VideoFileView("/gia-hoa/media/video/le-hoi.mp4", "video/mp4"),
            ["Poster"] = new[] { new FieldImage("/gia-hoa/media/_p/article/video/le-hoi.jpg", "Sân đình đông người") },
            ["ExternalUrl"] = "https://truyenhinh.example.vn/le-hoi",
        }, []);

    private static readonly PagerViewModel OnePage = new(1, 1, null, null, [new(1, "/gia-hoa/thu-vien-anh", true)]);

    public static (string View, object Model, string Title, IReadOnlyList<string> Scripts) Case(string name, SiteViewModel site) => name switch
    {
        "AlbumList" => ("ContentList-AlbumAnh", new ContentListViewModel(site, "AlbumAnh", "Thư viện ảnh", "/gia-hoa/thu-vien-anh", "/gia-hoa/thu-vien-anh/rss.xml",
            [Album], [], false, OnePage), "Thư viện ảnh", []),
        "Album" => ("Content-AlbumAnh", new ContentViewModel(site, "AlbumAnh", "Thư viện ảnh", "/gia-hoa/thu-vien-anh", Album), Album.Title, ["/gia-hoa/theme/gallery.js?v=0123456789ab"]),
        "Video" => ("Content-Video", new ContentViewModel(site, "Video", "Video", "/gia-hoa/video", Video), Video.Title, []),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
