using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.PostgreSql.Migrations.Tenant
{
    /// <inheritdoc />
    public partial class OnePublishedVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(GiaVien.Cms.Data.Content.OnePublishedVersionRepair.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_OnePublished",
                table: "ContentItems",
                column: "ContentItemId",
                unique: true,
                filter: "\"Published\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_OnePublished",
                table: "ContentItems");
        }
    }
}
