using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Build;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Storage.Writing;
using Corpus.Syntax;
using Corpus.Syntax.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The build step's cache of compiled articles: whatever happened since the last build (nothing,
/// an edit, a registry edit, a deletion, a new duplicate id, a damaged cache), the data written
/// is byte for byte what a full compile of the files writes, and only the articles that changed
/// are parsed again.
/// </summary>
public sealed class IncrementalCorpusDataTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "corpus-cache-" + Guid.NewGuid().ToString("N"));
    private readonly string _cache;
    private DateTime _clock = DateTime.UtcNow.AddHours(-1);

    public IncrementalCorpusDataTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        _cache = Path.Combine(_root, "obj", "cache.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(_cache)!);
        Write("entities.txt", TestCorpora.Registry);
        Write("more.entities.txt", TestCorpora.MoreRegistry);
        foreach (string id in TestCorpora.ArticleIds)
        {
            Write("articles/" + id + ".txt", TestCorpora.Article(id));
        }

        Write("articles/broken.txt", "---\ntitle: No id\n---\nText about [China]{@china}.\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_cold_build_a_build_with_no_change_and_an_edit_write_what_a_full_compile_writes()
    {
        AssertCompiles(expectedCompiled: 5);
        AssertCompiles(expectedCompiled: 0);

        Write("articles/bravo.txt", TestCorpora.Article("bravo").Replace("spoke in", "spoke at length in", StringComparison.Ordinal));
        AssertCompiles(expectedCompiled: 1);
        AssertCompiles(expectedCompiled: 0);
    }

    [Fact]
    public void An_edit_of_a_registry_compiles_every_article_again()
    {
        AssertCompiles(expectedCompiled: 5);

        // The new entity comes first, so every entity index in every record moves.
        Write("entities.txt", "@ada person\nname: Ada\n\n" + TestCorpora.Registry);
        AssertCompiles(expectedCompiled: 5);
    }

    [Fact]
    public void A_deleted_or_added_article_changes_the_data_and_nothing_else_is_parsed()
    {
        AssertCompiles(expectedCompiled: 5);

        File.Delete(Path.Combine(_root, "articles", "charlie.txt"));
        AssertCompiles(expectedCompiled: 0);

        Write("articles/delta.txt", TestCorpora.Article("delta"));
        AssertCompiles(expectedCompiled: 1);
    }

    [Fact]
    public void An_id_made_a_duplicate_by_an_edit_is_settled_as_a_full_compile_settles_it()
    {
        AssertCompiles(expectedCompiled: 5);

        // charlie now claims alpha's id: the earlier file (alpha, by path) keeps it; then
        // alpha's id moves away and charlie's file, unchanged and cached, becomes the one.
        Write("articles/charlie.txt", TestCorpora.Article("alpha"));
        byte[] duplicate = AssertCompiles(expectedCompiled: 1);
        Write("articles/alpha.txt", TestCorpora.Article("echo"));
        byte[] moved = AssertCompiles(expectedCompiled: 1);
        Assert.NotEqual(duplicate, moved);
    }

    [Fact]
    public void A_damaged_cache_or_one_made_for_another_corpus_root_is_not_used()
    {
        AssertCompiles(expectedCompiled: 5);

        byte[] cache = File.ReadAllBytes(_cache);
        File.WriteAllBytes(_cache, cache.Take(cache.Length / 2).ToArray());
        AssertCompiles(expectedCompiled: 5);

        File.WriteAllBytes(_cache, new byte[] { 1, 2, 3 });
        AssertCompiles(expectedCompiled: 5);

        AssertCompiles(expectedCompiled: 5, root: Path.Combine(_root, "articles"));
    }

    [Fact]
    public void A_file_saved_again_within_the_same_clock_tick_as_the_cache_is_parsed_again()
    {
        // A coarse file-system clock (2 s on FAT) gives two saves of the same length one time:
        // an entry written that close to the cache's own save is not trusted.
        string path = Path.Combine(_root, "articles", "bravo.txt");
        DateTime now = DateTime.UtcNow;
        File.WriteAllText(path, TestCorpora.Article("bravo").Replace("spoke in", "spoke at", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, now);
        AssertCompiles(expectedCompiled: 5);

        File.WriteAllText(path, TestCorpora.Article("bravo").Replace("spoke in", "spoke on", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, now);
        AssertCompiles(expectedCompiled: 1);
    }

    [Fact]
    public void A_damaged_count_in_the_cache_is_a_cache_miss_not_a_crash()
    {
        AssertCompiles(expectedCompiled: 5);

        // The first entry (alpha, with its #main quotation) read up to its count of named
        // members, which becomes -1: an array of that size would throw out of the build task.
        byte[] cache = File.ReadAllBytes(_cache);
        using (var reader = new BinaryReader(new MemoryStream(cache)))
        {
            reader.ReadString(); // format
            reader.ReadString(); // stamp
            reader.ReadInt64(); // saved at
            reader.ReadInt32(); // entries
            Assert.EndsWith("alpha.txt", reader.ReadString(), StringComparison.Ordinal);
            reader.ReadInt64(); // length
            reader.ReadInt64(); // write time
            Assert.True(reader.ReadBoolean()); // generated
            reader.ReadString(); // id
            reader.ReadString(); // class name
            reader.ReadString(); // documentation
            int at = (int)reader.BaseStream.Position;
            Assert.Equal(1, reader.ReadInt32());
            BitConverter.GetBytes(-1).CopyTo(cache, at);
        }

        File.WriteAllBytes(_cache, cache);
        AssertCompiles(expectedCompiled: 5);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_named()
    {
        var files = Files();
        files.Add(Path.Combine(_root, "articles", "missing.txt"));

        CorpusFileException error = Assert.Throws<CorpusFileException>(() => IncrementalCorpusCompiler.Compile(files, _root, _cache));
        Assert.Equal(Path.Combine(_root, "articles", "missing.txt"), error.Path);
    }

    /// <summary>Compiles through the cache; asserts how many articles were parsed and that the bytes are a full compile's.</summary>
    private byte[] AssertCompiles(int expectedCompiled, string? root = null)
    {
        root ??= _root;
        List<string> files = Files();
        IncrementalResult result = IncrementalCorpusCompiler.Compile(files, root, _cache);

        byte[] full = CorpusDataWriter.Write(CorpusCompilation.Create(files.Select(f => new CorpusSourceFile(f, File.ReadAllText(f)))), root);
        Assert.Equal(full, result.Data);
        Assert.Equal(expectedCompiled, result.Compiled);
        Assert.Equal(files.Count(f => !FileNames.IsRegistry(f)), result.Articles);
        return result.Data;
    }

    private List<string> Files()
    {
        List<string> files = Directory.GetFiles(_root, "*.txt", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Writes a file with a write time of a clock of its own, a minute later for each write and
    /// an hour before now: as files are when an author edits and builds, never saved in the same
    /// instant as the cache (that case has a test of its own).
    /// </summary>
    private void Write(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        File.WriteAllText(path, text);
        _clock = _clock.AddMinutes(1);
        File.SetLastWriteTimeUtc(path, _clock);
    }
}
