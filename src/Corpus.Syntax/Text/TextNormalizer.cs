using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus.Syntax.Text;

/// <summary>
/// Unicode NFC, so the same corpus gives the same offsets on every OS and editor.
/// Normalisation can change lengths, so the text is normalised piece by piece between
/// the offsets that annotations use: each of them keeps an exact new position.
/// </summary>
public static class TextNormalizer
{
    public static OffsetMap Normalize(string text, List<int> boundaries)
    {
        if (IsNormalizedOrUnnormalizable(text))
        {
            return new OffsetMap(text, null);
        }

        var cuts = new SortedSet<int>(boundaries) { 0, text.Length };
        var moves = new Dictionary<int, int>(cuts.Count);
        var builder = new StringBuilder(text.Length);
        int previous = -1;
        foreach (int cut in cuts)
        {
            if (previous >= 0)
            {
                builder.Append(NormalizePiece(text.Substring(previous, cut - previous)));
            }

            moves[cut] = builder.Length;
            previous = cut;
        }

        return new OffsetMap(builder.ToString(), moves);
    }

    public static string Normalize(string text) => IsNormalizedOrUnnormalizable(text) ? text : NormalizePiece(text);

    private static string NormalizePiece(string piece)
    {
        try
        {
            return piece.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return piece; // a lone surrogate: leave the piece exactly as written
        }
    }

    /// <summary>
    /// True when the text is already NFC (the common case, checked without copying), or
    /// cannot be normalised at all (invalid UTF-16 such as a lone surrogate, or a runtime
    /// without normalisation data), in which case it is kept exactly as written.
    /// </summary>
    private static bool IsNormalizedOrUnnormalizable(string text)
    {
        bool belowCombiningMarks = true;
        foreach (char c in text)
        {
            if (c >= 0x300)
            {
                belowCombiningMarks = false;
                break;
            }
        }

        if (belowCombiningMarks)
        {
            return true;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (PlatformNotSupportedException)
        {
            return true;
        }
    }
}
