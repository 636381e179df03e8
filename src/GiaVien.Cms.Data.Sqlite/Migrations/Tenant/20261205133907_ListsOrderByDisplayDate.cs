using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.Sqlite.Migrations.Tenant
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
                type: "TEXT",
                nullable: true);

            // Items saved before the column existed: copied from the JSON, in EF's own text format for SQLite dates.
            migrationBuilder.Sql("""
                UPDATE ContentItems
                SET DisplayDateUtc = strftime('%Y-%m-%d %H:%M:%S', json_extract(Data, '$.DistrictNewsPart.DisplayDate.Value'))
                WHERE json_valid(Data) AND json_type(Data, '$.DistrictNewsPart.DisplayDate.Value') = 'text';
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
