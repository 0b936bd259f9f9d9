using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Corpus.Cli;

/// <summary>Bridges a TextWriter to the byte stream that System.Text.Json writes.</summary>
internal static class JsonOutput
{
    /// <summary>
    /// JSON as people and NLP tools read it: non-ASCII text of the Basic Multilingual Plane
    /// stays as UTF-8 (“ ” — é); System.Text.Json still escapes characters outside it
    /// (emoji become \uD83D\uDE80 surrogate pairs), which every JSON reader decodes.
    /// </summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static Stream Open(TextWriter output) => new WriterStream(output);

    private sealed class WriterStream : Stream
    {
        private readonly TextWriter _output;

        public WriterStream(TextWriter output) => _output = output;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new System.NotSupportedException();

        public override long Position { get => throw new System.NotSupportedException(); set => throw new System.NotSupportedException(); }

        public override void Flush() => _output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _output.Write(Encoding.UTF8.GetString(buffer, offset, count));
    }
}
