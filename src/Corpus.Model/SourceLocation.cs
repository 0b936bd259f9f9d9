namespace Corpus.Model;

/// <summary>
/// Where an annotation was written: its corpus file (relative to the corpus directory, with '/'
/// separators), the 1-based line and column the compiler reports for it (columns count UTF-16
/// code units), and the text it is in.
/// </summary>
/// <param name="Path">The file, relative to the corpus directory, such as <c>articles/china-may-chafe.txt</c>.</param>
/// <param name="Line">The 1-based line of the annotation's first character.</param>
/// <param name="Column">The 1-based column of the annotation's first character.</param>
/// <param name="Field">The text of the article the annotation is in.</param>
public sealed record SourceLocation(string Path, int Line, int Column, TextField Field)
{
    /// <summary>As a compiler writes a position: <c>path(line,column)</c>.</summary>
    public override string ToString() => Path + "(" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
