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

            // Translations saved before the column existed: the original's id copied from the JSON by the rule of the save
            // path (LocalizationPart.TranslationOf): a culture that is not blank and not "vi", the first id that is not blank.
            migrationBuilder.Sql("""
                UPDATE ContentItems
                SET TranslationOf = (
                    SELECT original.value FROM json_each(Data, '$.LocalizationPart.Original.ContentItemIds') AS original
                    WHERE original.type = 'text' AND trim(original.value, char(32, 9, 10, 13)) <> ''
                    ORDER BY original.key LIMIT 1)
                WHERE json_valid(Data)
                  AND json_type(Data, '$.LocalizationPart.Original.ContentItemIds') = 'array'
                  AND json_type(Data, '$.LocalizationPart.Culture.Text') = 'text'
                  AND trim(json_extract(Data, '$.LocalizationPart.Culture.Text'), char(32, 9, 10, 13)) <> ''
                  AND json_extract(Data, '$.LocalizationPart.Culture.Text') <> 'vi';
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
