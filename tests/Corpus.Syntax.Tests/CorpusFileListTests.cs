using System.Linq;
using Corpus.Syntax.Text;
using Xunit;

namespace Corpus.Syntax.Tests;

/// <summary>
/// The corpus files as one compiler-visible property: whatever a path holds, the value is one
/// line that an .editorconfig keeps whole (no <c>#</c> or <c>;</c>, which Roslyn 4.8 reads as
/// the start of a comment, no whitespace at either end), and it decodes to the same paths.
/// </summary>
public sealed class CorpusFileListTests
{
    private static readonly string[] AwkwardPaths =
    {
        "/home/a/corpus/plain.txt",
        "/home/a/corpus/C# notes; draft #2.txt",
        "/home/a/corpus/100% sure|really.txt",
        "/home/a/corpus/ends with a space .txt ",
        "/home/a/corpus/tab\tand\nnewline.txt",
        "/home/a/corpus/Zürich, 𝐀 and 北京.txt",
        "/home/a/corpus/%41 looks encoded.txt",
    };

    [Fact]
    public void Every_path_comes_back_as_it_was_written()
    {
        string value = CorpusFileList.Encode(AwkwardPaths);

        Assert.Equal(AwkwardPaths.OrderBy(p => p, System.StringComparer.Ordinal), CorpusFileList.Decode(value).OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_value_is_printable_ascii_without_comment_marks()
    {
        string value = CorpusFileList.Encode(AwkwardPaths);

        Assert.All(value, c => Assert.True(c > ' ' && c < 0x7F && c != '#' && c != ';', "character U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(AwkwardPaths.Length - 1, value.Count(c => c == '|'));
        Assert.StartsWith("/home/a/corpus/plain.txt|/home/a/corpus/C%23%20notes%3B%20draft%20%232.txt|/home/a/corpus/100%25%20sure%7Creally.txt|", value, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_separators_compare_as_slashes()
    {
        var paths = CorpusFileList.Decode(CorpusFileList.Encode(new[] { @"C:\work\corpus\a.txt" }));

        Assert.Equal(new[] { "C:/work/corpus/a.txt" }, paths);
        Assert.Contains(CorpusFileList.Normalize(@"C:\work\corpus\a.txt"), paths);
    }

    /// <summary>The compiler keeps an item's "." and ".." (it joins the item as written to the project's directory); MSBuild's full path does not.</summary>
    [Theory]
    [InlineData("/p/../shared/a.txt", "/shared/a.txt")]
    [InlineData("/p/./texts//b.txt", "/p/texts/b.txt")]
    [InlineData("/../../a.txt", "/a.txt")]
    [InlineData(@"c:\work\p\..\corpus\a.txt", "C:/work/corpus/a.txt")]
    [InlineData(@"\\server\share\.\a.txt", "//server/share/a.txt")]
    [InlineData("../corpus/a.txt", "../corpus/a.txt")]
    [InlineData("corpus/x/../a.txt", "corpus/a.txt")]
    public void Paths_compare_with_dots_separators_and_drive_letters_resolved(string path, string expected)
    {
        Assert.Equal(expected, CorpusFileList.Normalize(path));
        Assert.Contains(expected, CorpusFileList.Decode(CorpusFileList.Encode(new[] { path })));
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("", new string[0])]
    [InlineData("  ", new string[0])]
    [InlineData("||/a.txt||", new[] { "/a.txt" })]
    [InlineData("/a%.txt|/b%4.txt|/c%zz.txt", new[] { "/a%.txt", "/b%4.txt", "/c%zz.txt" })]
    [InlineData("/é and 𝐀.txt", new[] { "/é and 𝐀.txt" })]
    public void A_hand_written_or_damaged_value_is_read_never_rejected(string? value, string[] expected)
    {
        Assert.Equal(expected.OrderBy(p => p, System.StringComparer.Ordinal), CorpusFileList.Decode(value).OrderBy(p => p, System.StringComparer.Ordinal));
    }
}
