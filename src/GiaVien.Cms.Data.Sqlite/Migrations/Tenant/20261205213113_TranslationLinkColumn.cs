using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.Sqlite.Migrations.Tenant
{
    /// <inheritdoc />
    public partial class TranslationLinkColumn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TranslationOf",
                table: "ContentItems",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TranslationOf",
                table: "ContentItems",
                column: "TranslationOf");

            // Translations saved before the column existed: the original's id copied from the JSON.
            migrationBuilder.Sql("""
                UPDATE ContentItems
                SET TranslationOf = json_extract(Data, '$.LocalizationPart.Original.ContentItemIds[0]')
                WHERE json_valid(Data)
                  AND json_type(Data, '$.LocalizationPart.Original.ContentItemIds[0]') = 'text'
                  AND coalesce(json_extract(Data, '$.LocalizationPart.Culture.Text'), '') NOT IN ('', 'vi');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TranslationOf",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "TranslationOf",
                table: "ContentItems");
        }
    }
}
