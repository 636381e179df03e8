namespace GiaVien.Cms.Web.Site.Documents;

/// <summary>One file of a document: PDF opens in the browser (<c>opens_inline</c>), Word and Excel download.</summary>
public sealed record DocumentFileViewModel(string Url, string Name, string Kind, string Size, bool OpensInline);

/// <summary>A document in the list: the columns of the table, which become a card on a phone.</summary>
public sealed record DocumentRowViewModel(
    string Title, string Url, string Number, string Kind, string IssuedIso, string IssuedText, string Summary, string Status,
    IReadOnlyList<DocumentFileViewModel> Files);

/// <summary>Documents linked to one: "Thay thế", "Bị thay thế bởi", "Căn cứ"…, each side of a link shown on both documents.</summary>
public sealed record DocumentRelationViewModel(string Label, IReadOnlyList<LinkViewModel> Documents);

/// <summary>One choice of a list filter (<c>value</c> in the query string, <c>text</c> shown).</summary>
public sealed record DocumentFilterOptionViewModel(string Value, string Text);

public sealed record DocumentFilterViewModel(string Name, string Label, string Value, IReadOnlyList<DocumentFilterOptionViewModel> Options);

/// <summary><c>ContentList-VanBan</c>: the library at <c>/van-ban</c>, newest by ngày ban hành.</summary>
public sealed record DocumentListViewModel(
    SiteViewModel Site, string Title, string Url, string FeedUrl, int Total, IReadOnlyList<DocumentRowViewModel> Items,
    IReadOnlyList<DocumentFilterViewModel> Filters, bool Filtered, PagerViewModel Pager);

/// <summary><c>Content-VanBan</c>: one document with its metadata, files and related documents.</summary>
public sealed record DocumentViewModel(
    SiteViewModel Site, string ListUrl, string ListTitle, DocumentRowViewModel Document, string? Issuer, string? Signer, string? Field,
    string? EffectiveText, string? EffectiveIso, string? ExpiresText, string? ExpiresIso, IReadOnlyList<DocumentRelationViewModel> Related);
