using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace GiaVien.Cms.Data.Failures;

/// <summary>
/// Whether an open SQLite connection still writes to the file at its path. A file deleted, renamed or replaced while
/// connections are open keeps working for them (the unlinked inode), and in WAL mode SQLite does not refuse writes to
/// it: they would be acknowledged and lost. SQLite's own SQLITE_FCNTL_HAS_MOVED compares the open file with the path.
/// </summary>
internal static partial class SqliteFileIdentity
{
    private const int HasMovedOperation = 20; // SQLITE_FCNTL_HAS_MOVED

    // Set when SQLite is not the bundled e_sqlite3 (another SQLitePCLRaw provider): the path check alone is left.
    private static volatile bool _nativeMissing;

    public static bool HasMoved(SqliteConnection connection)
    {
        if (connection.Handle is not { } handle)
        {
            return false;
        }

        if (!_nativeMissing)
        {
            try
            {
                var moved = 0;
                // A VFS without the operation (not the unix one) answers an error: then the path check below decides.
                if (FileControl(handle.DangerousGetHandle(), "main", HasMovedOperation, ref moved) == 0)
                {
                    return moved != 0;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _nativeMissing = true;
            }
        }

        return !File.Exists(connection.DataSource);
    }

    // The native library that Microsoft.Data.Sqlite itself loads (SQLitePCLRaw's bundle_e_sqlite3).
    [LibraryImport("e_sqlite3", EntryPoint = "sqlite3_file_control", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int FileControl(IntPtr database, string schema, int operation, ref int result);
}
