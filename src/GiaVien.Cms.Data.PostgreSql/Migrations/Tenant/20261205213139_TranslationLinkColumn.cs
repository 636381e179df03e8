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

            // Translations saved before the column existed: the original's id copied from the JSON.
            migrationBuilder.Sql("""
                UPDATE "ContentItems"
                SET "TranslationOf" = "Data"::jsonb #>> '{LocalizationPart,Original,ContentItemIds,0}'
                WHERE ("Data"::jsonb #>> '{LocalizationPart,Original,ContentItemIds,0}') IS NOT NULL
                  AND coalesce("Data"::jsonb #>> '{LocalizationPart,Culture,Text}', '') NOT IN ('', 'vi');
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
