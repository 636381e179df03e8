namespace GiaVien.Cms.Data.Media;

public enum MediaKind
{
    Image,
    Document,
    Video,
}
