using System;
using Corpus.Cli.Brat;
using Corpus.Cli.Text;

namespace Corpus.Cli.Import;

/// <summary>
/// Why a span's text may not match the text at its offsets, checked rather than guessed: the
/// offsets read in the other unit (<c>--offsets</c>), or offsets that count each CRLF line end
/// as one character (made from a copy of the .txt with LF ends). The alternative readings of
/// the text are built once per document, on the first mismatch.
/// </summary>
internal sealed class MismatchHint
{
    private readonly string _raw;
    private readonly OffsetUnit _unit;
    private readonly bool _hasCrLf;
    private OffsetConverter? _otherUnit;
    private OffsetConverter? _lineFeeds;

    public MismatchHint(string raw, OffsetUnit unit)
    {
        _raw = raw;
        _unit = unit;
        // Once per document: when the offsets are wrong every span mismatches, and each asks.
        _hasCrLf = raw.Contains("\r\n", StringComparison.Ordinal);
    }

    /// <summary>The hint to append to the warning (starting with a space), or an empty string.</summary>
    public string For(BratSpan span)
    {
        if (_hasCrLf)
        {
            _lineFeeds ??= OffsetConverter.For(_raw.Replace("\r\n", "\n", StringComparison.Ordinal), _unit);
            if (Matches(span, _lineFeeds))
            {
                return " (the offsets count each CRLF line end as one character: they were made from the text with LF line ends; convert the .txt to LF)";
            }
        }

        OffsetUnit other = _unit == OffsetUnit.Utf16 ? OffsetUnit.CodePoint : OffsetUnit.Utf16;
        _otherUnit ??= OffsetConverter.For(_raw, other);
        return Matches(span, _otherUnit)
            ? " (the offsets are in " + other.Name() + ": see --offsets)"
            : string.Empty;
    }

    private static bool Matches(BratSpan span, OffsetConverter offsets)
    {
        foreach (BratFragment fragment in span.Fragments)
        {
            if (!offsets.IsValid(fragment.Start) || !offsets.IsValid(fragment.End))
            {
                return false;
            }
        }

        return string.Equals(BratImporter.Surface(offsets.Text, span.Fragments, offsets), span.Text, StringComparison.Ordinal) ||
               string.Equals(BratImporter.Surface(offsets.Text, span.SortedFragments(), offsets), span.Text, StringComparison.Ordinal);
    }
}
