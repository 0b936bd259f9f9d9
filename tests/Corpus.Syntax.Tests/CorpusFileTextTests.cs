using System.Runtime.InteropServices;
using System.Text;
using Corpus.Syntax.Text;
using Xunit;

namespace Corpus.Syntax.Tests;

/// <summary>
/// The one reader of corpus files outside the compiler (the build step, the CLI, the language
/// server): a byte-order mark decides, valid UTF-8 is UTF-8, and other bytes decode as the
/// compiler's fallback does (on Linux a real build shows U+FFFD for each invalid byte, which the
/// parser reports as CG0002).
/// </summary>
public sealed class CorpusFileTextTests
{
    [Fact]
    public void A_byte_order_mark_decides_the_encoding()
    {
        Assert.Equal("é", CorpusFileText.Decode(new byte[] { 0xEF, 0xBB, 0xBF, 0xC3, 0xA9 }));
        Assert.Equal("é", CorpusFileText.Decode(new byte[] { 0xFF, 0xFE, 0xE9, 0x00 }));
        Assert.Equal("é", CorpusFileText.Decode(new byte[] { 0xFE, 0xFF, 0x00, 0xE9 }));
    }

    [Fact]
    public void Valid_utf8_is_utf8_and_other_bytes_take_the_fallback()
    {
        byte[] latin1 = { (byte)'C', (byte)'a', (byte)'f', 0xE9 };

        Assert.Equal("Café", CorpusFileText.Decode(new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xC3, 0xA9 }));
        Assert.Equal("Café", CorpusFileText.Decode(latin1, Encoding.GetEncoding("ISO-8859-1")));
        Assert.Equal("Caf\uFFFD", CorpusFileText.Decode(latin1, new UTF8Encoding(false, false)));
        Assert.Equal(RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "Café" : "Caf\uFFFD", CorpusFileText.Decode(latin1));
    }
}
