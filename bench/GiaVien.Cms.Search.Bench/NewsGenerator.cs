using System.Text;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// Synthetic Vietnamese news of Gia Viễn from a fixed seed: titles, leads and bodies built from everyday
/// words and phrases of local news, with people's names, communes and landmarks of the district.
/// The same seed always gives the same articles.
/// </summary>
public sealed class NewsGenerator(int seed)
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đinh", "Đặng", "Bùi", "Vũ", "Đỗ", "Ngô", "Dương", "Lương", "Tạ"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Hữu", "Thanh", "Xuân"];
    private static readonly string[] GivenNames = ["Sơn", "Hòa", "Hưng", "Lan", "Hà", "Dũng", "Tuấn", "Hương", "Thủy", "Khoa", "Trường", "Nga", "Phúc", "Quý", "Hoàn", "Yến"];
    private static readonly string[] Places =
    [
        "thị trấn Me", "xã Gia Hòa", "xã Gia Hưng", "xã Gia Lạc", "xã Gia Lập", "xã Gia Minh", "xã Gia Phong", "xã Gia Phú",
        "xã Gia Phương", "xã Gia Sinh", "xã Gia Tân", "xã Gia Tiến", "xã Gia Thanh", "xã Gia Thắng", "xã Gia Thịnh", "xã Gia Trấn",
        "xã Gia Trung", "xã Gia Vân", "xã Gia Vượng", "xã Gia Xuân", "xã Liên Sơn", "khu bảo tồn Vân Long", "chùa Bái Đính",
        "Kênh Gà", "chùa Địch Lộng", "huyện Gia Viễn",
    ];

    private static readonly string[] Topics =
    [
        "xây dựng nông thôn mới", "chuyển đổi số", "cải cách hành chính", "thu hoạch lúa xuân", "phòng chống thiên tai",
        "hòa giải ở cơ sở", "bảo vệ môi trường", "phát triển du lịch cộng đồng", "tuyển quân", "khám sức khỏe cho người cao tuổi",
        "công trình thủy lợi", "an toàn giao thông", "tiêm chủng mở rộng", "hội thi văn nghệ quần chúng", "hỗ trợ hộ nghèo",
        "chăn nuôi an toàn sinh học", "cấp nước sạch", "khuyến học khuyến tài", "phòng cháy chữa cháy", "bầu cử trưởng thôn",
    ];

    private static readonly string[] Openings = ["Sáng nay", "Chiều qua", "Trong tuần qua", "Ngày hôm qua", "Vừa qua", "Những ngày này", "Đầu tháng", "Cuối tuần"];
    private static readonly string[] Verbs = ["tổ chức", "triển khai", "phát động", "tổng kết", "ra quân", "khánh thành", "tập huấn", "kiểm tra", "đánh giá", "hưởng ứng"];
    private static readonly string[] Actors =
    [
        "UBND huyện", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Huyện đoàn", "Hội Cựu chiến binh", "Ủy ban MTTQ", "Trung tâm VHTT&TT",
        "Công an huyện", "Ban Chỉ huy Quân sự huyện", "Trung tâm Y tế huyện", "Phòng Giáo dục và Đào tạo", "hợp tác xã",
    ];

    private static readonly string[] Fillers =
    [
        "với sự tham gia của đông đảo cán bộ và nhân dân", "nhằm nâng cao đời sống vật chất và tinh thần của người dân",
        "góp phần hoàn thành các chỉ tiêu kinh tế xã hội của năm", "theo đúng kế hoạch đề ra", "được bà con đồng tình hưởng ứng",
        "bảo đảm an toàn và hiệu quả", "tạo không khí phấn khởi trong khu dân cư", "với tổng kinh phí hơn một tỷ đồng",
        "dưới sự chỉ đạo sát sao của cấp ủy và chính quyền", "trong bối cảnh thời tiết diễn biến phức tạp",
        "các thôn xóm đã vào cuộc quyết liệt", "nhiều mô hình hay được nhân rộng", "lãnh đạo địa phương ghi nhận và biểu dương",
    ];

    private static readonly string[] Categories = ["tin-tuc-su-kien", "chinh-tri", "kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "mat-tran-doan-the"];

    private readonly Random _random = new(seed);

    public string Name() => $"{Pick(FamilyNames)} {Pick(MiddleNames)} {Pick(GivenNames)}";

    public string Place() => Pick(Places);

    public string Topic() => Pick(Topics);

    public ContentItem Next(int number)
    {
        var place = Place();
        var topic = Topic();
        var title = $"{Pick(Actors)} {place} {Pick(Verbs)} {topic}";
        var lead = $"{Pick(Openings)}, {Pick(Actors)} {place} đã {Pick(Verbs)} {topic}, {Pick(Fillers)}.";
        var body = new StringBuilder();
        for (var paragraph = 0; paragraph < 5; paragraph++)
        {
            body.Append("<p>");
            for (var sentence = 0; sentence < 3; sentence++)
            {
                body.Append(Sentence(place, topic)).Append(' ');
            }

            body.Append("</p>");
        }

        var date = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(_random.Next(0, 5 * 365 * 24 * 60));
        return new ContentItem
        {
            ContentItemId = $"bench-{number:D7}",
            ContentType = "DistrictNews",
            DisplayText = title,
            Published = true,
            PublishedUtc = date,
            Content = new JsonObject
            {
                ["TitlePart"] = new JsonObject { ["Title"] = title },
                ["AutoroutePart"] = new JsonObject { ["Path"] = $"tin-tuc/bai-{number}" },
                ["DistrictNewsPart"] = new JsonObject
                {
                    ["Lead"] = new JsonObject { ["Text"] = lead },
                    ["Body"] = new JsonObject { ["Html"] = body.ToString() },
                    ["Categories"] = new JsonObject { ["TermContentItemIds"] = new JsonArray(Pick(Categories)) },
                    ["ShareWithDistrict"] = new JsonObject { ["Value"] = true },
                },
            },
        };
    }

    /// <summary>Queries a resident might type: names, places, topics, with or without diacritics, sometimes as phrases.</summary>
    public string Query()
    {
        var text = _random.Next(5) switch
        {
            0 => Name(),
            1 => Place().Replace("xã ", "", StringComparison.Ordinal),
            2 => Topic(),
            3 => $"{Topic().Split(' ')[0]} {Place().Split(' ')[^1]}",
            _ => $"\"{Topic()}\"",
        };
        return _random.Next(2) == 0 ? Content.Text.VietnameseText.Fold(text) : text;
    }

    private string Sentence(string place, string topic) => _random.Next(4) switch
    {
        0 => $"Ông {Name()}, đại diện {Pick(Actors)}, cho biết {topic} là nhiệm vụ trọng tâm {Pick(Fillers)}.",
        1 => $"Tại {place}, {Pick(Actors)} {Pick(Verbs)} {Pick(Topics)} {Pick(Fillers)}.",
        2 => $"Bà {Name()} ở {Pick(Places)} chia sẻ rằng {Pick(Fillers)}.",
        _ => $"{Pick(Openings)}, hơn {_random.Next(20, 900)} người đã tham gia {Pick(Topics)}, {Pick(Fillers)}.",
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
