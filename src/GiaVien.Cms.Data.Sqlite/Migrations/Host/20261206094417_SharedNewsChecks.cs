using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.Sqlite.Migrations.Host
{
    /// <inheritdoc />
    public partial class SharedNewsChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SharedNewsChecks",
                columns: table => new
                {
                    TenantName = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    RecordVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedNewsChecks", x => x.TenantName);
                    table.ForeignKey(
                        name: "FK_SharedNewsChecks_Tenants_TenantName",
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
                name: "SharedNewsChecks");
        }
    }
}
