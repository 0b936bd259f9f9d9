using Corpus.Storage.Writing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// An article's path in the data is relative to the corpus root. The build step is given the root
/// as the project's directory joined to <c>CorpusDirectory</c> as written (<c>.</c>, <c>../shared</c>)
/// and the files as MSBuild's full paths, without dots: both are read the same way, or every
/// path would fall back to the bare file name.
/// </summary>
public sealed class CorpusRootTests
{
    [Theory]
    [InlineData("/p/.", "/p/texts/articles/a.txt", "texts/articles/a.txt")]
    [InlineData("/p/app/../shared", "/p/shared/articles/a.txt", "articles/a.txt")]
    [InlineData("/p/corpus/", "/p/corpus/a.txt", "a.txt")]
    [InlineData(@"c:\p\corpus\", @"C:\p\corpus\articles\a.txt", "articles/a.txt")]
    [InlineData("/p/corpus", "/elsewhere/b.txt", "b.txt")]
    public void A_path_is_relative_to_the_root_whatever_dots_and_separators_either_holds(string root, string path, string expected)
    {
        Assert.Equal(expected, CorpusDataWriter.RelativePath(CorpusDataWriter.NormalizeDirectory(root), path));
    }
}
