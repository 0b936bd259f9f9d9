using System;
using Corpus.Cli.Lsp.Protocol;
using Range = Corpus.Cli.Lsp.Protocol.Range;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Lsp;

/// <summary>
/// Conversions between the protocol's positions (zero-based line, UTF-16 character) and
/// offsets in a text. Lines break at LF, CRLF and lone CR, as both the protocol and
/// <see cref="LineMap"/> say, so a <see cref="SourceSpan"/> (1-based line and UTF-16 column)
/// is a protocol range minus one on each number, whatever the file's line endings.
/// </summary>
internal static class LspPositions
{
    public static Range ToRange(SourceSpan span) =>
        new(new Position(span.Line - 1, span.Column - 1), new Position(span.EndLine - 1, span.EndColumn - 1));

    /// <summary>
    /// The offset of a position; a line past the end means the end of the text and a
    /// character past the end of its line the end of that line, as the protocol asks.
    /// </summary>
    public static int ToOffset(LineMap lines, Position position)
    {
        if (position.Line < 0)
        {
            return lines.GetLineStart(1);
        }

        if (position.Line >= lines.LineCount)
        {
            return lines.Text.Length;
        }

        int number = position.Line + 1;
        return lines.GetLineStart(number) + Math.Clamp(position.Character, 0, lines.GetLineLength(number));
    }

    public static Position ToPosition(LineMap lines, int offset)
    {
        offset = Math.Clamp(offset, 0, lines.Text.Length);
        int number = lines.GetLineNumber(offset);
        int character = Math.Clamp(offset - lines.GetLineStart(number), 0, lines.GetLineLength(number));
        return new Position(number - 1, character);
    }

    public static Range ToRange(LineMap lines, int start, int end) => new(ToPosition(lines, start), ToPosition(lines, end));

    /// <summary>The range of an <c>@id</c>'s id, without its '@'.</summary>
    public static Range IdRange(SourceSpan referenceSpan) =>
        new(new Position(referenceSpan.Line - 1, referenceSpan.Column), new Position(referenceSpan.EndLine - 1, referenceSpan.EndColumn - 1));
}
