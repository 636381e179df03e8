using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.PostgreSql.Migrations.Tenant
{
    /// <inheritdoc />
    public partial class ListsOrderByDisplayDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DisplayDateUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: true);

            // Items saved before the column existed: copied from the JSON (an ISO 8601 string when set).
            migrationBuilder.Sql("""
                UPDATE "ContentItems"
                SET "DisplayDateUtc" = ("Data"::jsonb #>> '{DistrictNewsPart,DisplayDate,Value}')::timestamptz
                WHERE ("Data"::jsonb #>> '{DistrictNewsPart,DisplayDate,Value}') ~ '^\d{4}-\d{2}-\d{2}';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisplayDateUtc",
                table: "ContentItems");
        }
    }
}
