using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace GiaVien.Cms.Tenants.Management.Archives;

/// <summary>
/// Converts column values between the database and JSON by their store type, so an archive taken on SQLite
/// imports into PostgreSQL and back (SQLite hands dates and booleans back as text and integers otherwise).
/// </summary>
public static class ColumnValues
{
    public static object Read(DbDataReader reader, int ordinal, Type type) => type switch
    {
        _ when type == typeof(string) => reader.GetString(ordinal),
        _ when type == typeof(int) => reader.GetInt32(ordinal),
        _ when type == typeof(long) => reader.GetInt64(ordinal),
        _ when type == typeof(short) => reader.GetInt16(ordinal),
        _ when type == typeof(bool) => reader.GetBoolean(ordinal),
        _ when type == typeof(double) => reader.GetDouble(ordinal),
        _ when type == typeof(float) => reader.GetFloat(ordinal),
        _ when type == typeof(decimal) => reader.GetDecimal(ordinal),
        // Every date of the model is UTC; SQLite does not remember the kind.
        _ when type == typeof(DateTime) => DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc),
        _ when type == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal),
        _ when type == typeof(Guid) => reader.GetGuid(ordinal),
        _ when type == typeof(byte[]) => reader.GetFieldValue<byte[]>(ordinal),
        _ => throw new NotSupportedException($"Column type {type} cannot be archived."),
    };

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case DateTime d:
                writer.WriteStringValue(d);
                break;
            case DateTimeOffset o:
                writer.WriteStringValue(o);
                break;
            case Guid g:
                writer.WriteStringValue(g);
                break;
            case byte[] bytes:
                writer.WriteBase64StringValue(bytes);
                break;
            default:
                throw new NotSupportedException($"Value of type {value.GetType()} cannot be archived.");
        }
    }

    /// <summary>The value of <paramref name="element"/> as <paramref name="type"/>; throws <see cref="FormatException"/> when it is not one.</summary>
    public static object? Parse(JsonElement element, Type type, bool nullable)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return nullable ? null : throw new FormatException("giá trị rỗng ở cột bắt buộc");
        }

        try
        {
            return type switch
            {
                _ when type == typeof(string) => element.GetString()!,
                _ when type == typeof(int) => element.GetInt32(),
                _ when type == typeof(long) => element.GetInt64(),
                _ when type == typeof(short) => element.GetInt16(),
                _ when type == typeof(bool) => element.GetBoolean(),
                _ when type == typeof(double) => element.GetDouble(),
                _ when type == typeof(float) => element.GetSingle(),
                _ when type == typeof(decimal) => element.GetDecimal(),
                _ when type == typeof(DateTime) => element.GetDateTimeOffset().UtcDateTime,
                _ when type == typeof(DateTimeOffset) => element.GetDateTimeOffset(),
                _ when type == typeof(Guid) => element.GetGuid(),
                _ when type == typeof(byte[]) => element.GetBytesFromBase64(),
                _ => throw new NotSupportedException($"Column type {type} cannot be imported."),
            };
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException($"không phải giá trị kiểu {type.Name}", e);
        }
    }
}
