using System.Collections.Generic;
using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>
/// Writes the numbers of an article record the way Corpus.Model's <c>RecordReader</c> reads
/// them: zigzag-encoded (so -1 is one digit), then base-32 digits, most significant first, in
/// printable ASCII that a C# string needs no escape for: <c>'&lt;' + d</c> (0x3C–0x5B) for a
/// digit that continues the number, <c>']' + d</c> (0x5D–0x7C) for its last digit. One
/// literal of such digits replaces one integer literal per number: the compiler sees one
/// token per article instead of some two hundred.
/// </summary>
internal static class RecordDigits
{
    /// <summary>The layout version that Corpus.Model checks; it changes with the layout.</summary>
    public const int Version = 3;

    private const char ContinueBase = (char)0x3C;
    private const char FinalBase = (char)0x5D;

    /// <summary>Appends the numbers and returns how many bytes (ASCII: characters) they took.</summary>
    public static int Append(StringBuilder builder, List<int> values)
    {
        int before = builder.Length;
        var digits = new char[7];
        foreach (int value in values)
        {
            uint zigzag = Zigzag(value);
            int count = 0;
            do
            {
                digits[count++] = (char)(zigzag & 31);
                zigzag >>= 5;
            }
            while (zigzag != 0);

            for (int i = count - 1; i > 0; i--)
            {
                builder.Append((char)(ContinueBase + digits[i]));
            }

            builder.Append((char)(FinalBase + digits[0]));
        }

        return builder.Length - before;
    }

    /// <summary>How many bytes <see cref="Append"/> would write for these numbers.</summary>
    public static int Length(List<int> values)
    {
        int length = 0;
        foreach (int value in values)
        {
            uint zigzag = Zigzag(value);
            do
            {
                length++;
                zigzag >>= 5;
            }
            while (zigzag != 0);
        }

        return length;
    }

    /// <summary>0, -1, 1, -2, 2… as 0, 1, 2, 3, 4…: small magnitudes of either sign stay one digit.</summary>
    private static uint Zigzag(int value) => unchecked((uint)((value << 1) ^ (value >> 31)));
}
