using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.PostgreSql.Migrations.Tenant
{
    /// <inheritdoc />
    public partial class ContentVersioning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Author",
                table: "ContentItems",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "ContentItems",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                table: "ContentItems",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledPublishUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScheduledUnpublishUtc",
                table: "ContentItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkflowState",
                table: "ContentItems",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ContentItemTerm",
                columns: table => new
                {
                    ContentItemRecordId = table.Column<long>(type: "bigint", nullable: false),
                    TermContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentItemTerm", x => new { x.ContentItemRecordId, x.TermContentItemId });
                    table.ForeignKey(
                        name: "FK_ContentItemTerm_ContentItems_ContentItemRecordId",
                        column: x => x.ContentItemRecordId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentItemId_Number",
                table: "ContentItems",
                columns: new[] { "ContentItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_ContentType_ModifiedUtc",
                table: "ContentItems",
                columns: new[] { "Latest", "ContentType", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItemTerm_TermContentItemId",
                table: "ContentItemTerm",
                column: "TermContentItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentItemTerm");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ContentItemId_Number",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_ContentType_ModifiedUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "Author",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "DeletedUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "ScheduledPublishUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "ScheduledUnpublishUtc",
                table: "ContentItems");

            migrationBuilder.DropColumn(
                name: "WorkflowState",
                table: "ContentItems");
        }
    }
}
