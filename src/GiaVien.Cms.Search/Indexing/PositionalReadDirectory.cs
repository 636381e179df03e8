using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// <see cref="NIOFSDirectory"/> (writing, locking, listing as it does) whose inputs read with one positional read
/// (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>, pread) per buffer refill. Lucene.Net's own
/// inputs read through a <see cref="FileStream"/>: a lock on the stream, a seek, and the stream's 4 KB buffer filled
/// and copied for each 1 KB refill; that was over a quarter of a search's CPU time on the search benchmark (the term
/// dictionary and postings of a query are read in many small refills). Reads of one file from several threads need
/// no lock: each clone keeps its own position and buffer, the file handle is shared.
/// </summary>
public sealed class PositionalReadDirectory(string path) : NIOFSDirectory(path)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = OpenFile(name);
        return new PositionalInput($"PositionalInput(path=\"{System.IO.Path.Combine(Directory.FullName, name)}\")", file, 0, RandomAccess.GetLength(file),
            BufferedIndexInput.GetBufferSize(context), ownsFile: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(System.IO.Path.Combine(Directory.FullName, name), OpenFile(name), BufferedIndexInput.GetBufferSize(context));
    }

    private SafeFileHandle OpenFile(string name) =>
        File.OpenHandle(System.IO.Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    // Compound files (small segments) are read as slices of one file.
    private sealed class Slicer(string path, SafeFileHandle file, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalInput($"PositionalInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", file, offset, length, bufferSize, ownsFile: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }

    private sealed class PositionalInput : BufferedIndexInput
    {
        private readonly SafeFileHandle _file;
        private readonly long _start;
        private readonly long _end;
        private bool _ownsFile;

        public PositionalInput(string description, SafeFileHandle file, long start, long length, int bufferSize, bool ownsFile)
            : base(description, bufferSize)
        {
            _file = file;
            _start = start;
            _end = start + length;
            _ownsFile = ownsFile;
        }

        public override long Length => _end - _start;

        public override object Clone()
        {
            var clone = (PositionalInput)base.Clone();
            clone._ownsFile = false;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            var at = _start + Position;
            if (at + length > _end)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            var target = b.AsSpan(offset, length);
            while (target.Length > 0)
            {
                var read = RandomAccess.Read(_file, target, at);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} at {at}");
                }

                at += read;
                target = target[read..];
            }
        }

        // Every read says where it reads: nothing to move.
        protected override void SeekInternal(long pos)
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsFile)
            {
                _file.Dispose();
            }
        }
    }
}
