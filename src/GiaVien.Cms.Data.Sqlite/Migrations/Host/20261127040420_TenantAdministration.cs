using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.Sqlite.Migrations.Host
{
    /// <inheritdoc />
    public partial class TenantAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RetiredInto",
                table: "Tenants",
                type: "TEXT",
                maxLength: 63,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Archives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UrlPrefix = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    HostNames = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RemovedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RemovedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Archives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Redirects",
                columns: table => new
                {
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TargetTenant = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    TargetPath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Redirects", x => new { x.TenantName, x.Path });
                    table.ForeignKey(
                        name: "FK_Redirects_Tenants_TenantName",
                        column: x => x.TenantName,
                        principalTable: "Tenants",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Statistics",
                columns: table => new
                {
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ContentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StorageBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Statistics", x => x.TenantName);
                    table.ForeignKey(
                        name: "FK_Statistics_Tenants_TenantName",
                        column: x => x.TenantName,
                        principalTable: "Tenants",
                        principalColumn: "Name",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Archives");

            migrationBuilder.DropTable(
                name: "Redirects");

            migrationBuilder.DropTable(
                name: "Statistics");

            migrationBuilder.DropColumn(
                name: "RetiredInto",
                table: "Tenants");
        }
    }
}
