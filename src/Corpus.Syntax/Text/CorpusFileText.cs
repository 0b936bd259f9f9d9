using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Corpus.Syntax.Text;

/// <summary>
/// Reads a corpus file as the compiler reads an AdditionalFile, so that the build step, the CLI
/// and the language server see the text the generator sees: a byte-order mark decides the
/// encoding; else UTF-8 when the bytes are valid UTF-8; else the compiler's fallback. On Linux
/// and macOS that fallback is UTF-8 with U+FFFD for each invalid byte (the compiler's ANSI code
/// page there is UTF-8; checked with a real build), which the parser reports as CG0002. On
/// Windows it is the ANSI code page, which Latin-1 stands for here (netstandard2.0 has no other
/// code page without a package; the two differ only in 0x80–0x9F).
/// </summary>
public static class CorpusFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding ReplacingUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file may not be read.</exception>
    public static string Read(string path) => Decode(File.ReadAllBytes(path));

    public static string Decode(byte[] bytes) =>
        Decode(bytes, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? Encoding.GetEncoding("ISO-8859-1") : ReplacingUtf8);

    /// <param name="bytes">The file's bytes.</param>
    /// <param name="fallback">The encoding of bytes that have no byte-order mark and are not valid UTF-8.</param>
    public static string Decode(byte[] bytes, Encoding fallback)
    {
        if (HasPrefix(bytes, 0xEF, 0xBB, 0xBF))
        {
            return ReplacingUtf8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (HasPrefix(bytes, 0xFF, 0xFE))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (HasPrefix(bytes, 0xFE, 0xFF))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return fallback.GetString(bytes);
        }
    }

    private static bool HasPrefix(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (int i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
