using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.PostgreSql.Migrations.Tenant
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TranslationOf",
                table: "ContentItems",
                column: "TranslationOf");

            // Translations saved before the column existed: the original's id copied from the JSON by the rule of the save
            // path (LocalizationPart.TranslationOf): a culture that is not blank and not "vi", the first id that is not blank.
            migrationBuilder.Sql("""
                UPDATE "ContentItems"
                SET "TranslationOf" = (
                    SELECT original.id #>> '{}'
                    FROM jsonb_array_elements("Data"::jsonb #> '{LocalizationPart,Original,ContentItemIds}') WITH ORDINALITY AS original(id, position)
                    WHERE jsonb_typeof(original.id) = 'string' AND btrim(original.id #>> '{}', E' \t\n\r') <> ''
                    ORDER BY original.position LIMIT 1)
                WHERE jsonb_typeof("Data"::jsonb #> '{LocalizationPart,Original,ContentItemIds}') = 'array'
                  AND jsonb_typeof("Data"::jsonb #> '{LocalizationPart,Culture,Text}') = 'string'
                  AND btrim("Data"::jsonb #>> '{LocalizationPart,Culture,Text}', E' \t\n\r') <> ''
                  AND "Data"::jsonb #>> '{LocalizationPart,Culture,Text}' <> 'vi';
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
