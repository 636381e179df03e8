using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GiaVien.Cms.Data.PostgreSql.Migrations.Tenant
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Question = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AskerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AskerAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AskerEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AskerPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ContactErasedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnswerHtml = table.Column<string>(type: "text", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ContentItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MailDueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MailAttempts = table.Column<int>(type: "integer", nullable: false),
                    MailSentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
