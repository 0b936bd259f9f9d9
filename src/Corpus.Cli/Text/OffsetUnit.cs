namespace Corpus.Cli.Text;

/// <summary>
/// How exported offsets count characters. The library counts UTF-16 code units (.NET and
/// JavaScript string indices); Python, spaCy and the original brat tool count Unicode code
/// points. The two differ only after a character outside the Basic Multilingual Plane.
/// </summary>
internal enum OffsetUnit
{
    CodePoint,
    Utf16,
}

internal static class OffsetUnits
{
    public const string CodePointName = "codepoint";
    public const string Utf16Name = "utf16";

    public static OffsetUnit Parse(string name) => name == Utf16Name ? OffsetUnit.Utf16 : OffsetUnit.CodePoint;

    public static string Name(this OffsetUnit unit) => unit == OffsetUnit.Utf16 ? Utf16Name : CodePointName;
}
