using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.PostgreSql.Migrations.Tenant
{
    /// <inheritdoc />
    public partial class ContentListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_ContentType_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "Latest", "ModifiedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_ContentType_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "Latest", "ContentType", "ModifiedUtc" });
        }
    }
}
