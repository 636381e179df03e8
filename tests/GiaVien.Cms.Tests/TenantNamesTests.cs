using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Tests;

public sealed class TenantNamesTests
{
    [Theory]
    [InlineData("gia-hoa")]
    [InlineData("thi-tran-me")]
    [InlineData("xa2")]
    public void Lowercase_slugs_are_valid_names(string name) => Assert.Null(TenantNames.ValidateName(name));

    [Theory]
    [InlineData("", "không được để trống")]
    [InlineData("Gia-Hoa", "không hợp lệ")]
    [InlineData("gia hoa", "không hợp lệ")]
    [InlineData("gia--hoa", "không hợp lệ")]
    [InlineData("-gia", "không hợp lệ")]
    [InlineData("gia_hoa", "không hợp lệ")]
    [InlineData("giá-hòa", "không hợp lệ")]
    [InlineData("../etc", "không hợp lệ")]
    [InlineData("admin", "từ dành riêng")]
    [InlineData("media", "từ dành riêng")]
    [InlineData("api", "từ dành riêng")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "tối đa")]
    public void Invalid_names_are_refused_with_a_vietnamese_reason(string name, string reason) =>
        Assert.Contains(reason, TenantNames.ValidateName(name));

    [Theory]
    [InlineData("giavien.ninhbinh.gov.vn")]
    [InlineData("*.giavien.vn")]
    [InlineData("localhost:5001")]
    public void Host_names_and_wildcards_are_valid(string host) => Assert.Null(TenantNames.ValidateHost(host));

    [Theory]
    [InlineData("http://giavien.vn")]
    [InlineData("gia vien.vn")]
    [InlineData("giavien.vn/duong-dan")]
    [InlineData("a.*.vn")]
    [InlineData("-giavien.vn")]
    public void Malformed_host_names_are_refused(string host) => Assert.NotNull(TenantNames.ValidateHost(host));
}
