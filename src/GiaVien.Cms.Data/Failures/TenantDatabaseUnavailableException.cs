namespace GiaVien.Cms.Data.Failures;

/// <summary>
/// A tenant's database (SQLite file or PostgreSQL schema) is missing, empty or not the one that was opened. Outside
/// setup nothing creates it again: the tenant is put in a failed state until its data is back.
/// </summary>
public sealed class TenantDatabaseUnavailableException(string message) : Exception(message);
