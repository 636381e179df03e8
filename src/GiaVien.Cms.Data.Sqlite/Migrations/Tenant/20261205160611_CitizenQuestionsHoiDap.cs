using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GiaVien.Cms.Data.Sqlite.Migrations.Tenant
{
    /// <inheritdoc />
    public partial class CitizenQuestionsHoiDap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CitizenQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Question = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AskerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AskerAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AskerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AskerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ContactErasedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnswerHtml = table.Column<string>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MailDueUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MailSentUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenQuestions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_Status_CreatedUtc",
                table: "CitizenQuestions",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_SubmissionKey",
                table: "CitizenQuestions",
                column: "SubmissionKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CitizenQuestions");
        }
    }
}
