using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Storage.Surface;
using Corpus.Storage.Writing;
using Corpus.Syntax.Collections;

namespace Corpus.Build;

/// <summary>
/// The build step's memory between builds: each article file's compiled form
/// (<see cref="CompiledArticle"/>), kept in the intermediate directory and valid for a file
/// while its size and last write time are the ones it was compiled at. The whole cache is
/// valid only under the same stamp (the tools' builds, the registry's files and the corpus
/// root): a record holds entity indices and a relative path, so any of those changing
/// recompiles every article. Without it, a one-word edit re-parsed the whole corpus.
/// </summary>
internal sealed class CompiledArticleCache
{
    // Bumped when the cache file's own shape changes; the stamp covers everything else.
    private const string Magic = "Corpus.Generator compiled articles, cache format 3";

    // A file written this close to the moment the cache was saved may have been written again
    // within the same tick of its file system's clock (2 s on FAT, 1 s on HFS+), with the same
    // size: its entry is not trusted, and the file is parsed again (git's "racily clean" rule).
    private static readonly long RacyWindow = TimeSpan.FromSeconds(3).Ticks;

    // The cache is about the size of the corpus (tens of megabytes at 10,000 articles), read and
    // written in one pass: a larger buffer than the default 4 KB saves most of the system calls.
    private const int StreamBuffer = 1 << 16;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // When the cache that was loaded had been saved (UTC ticks); 0 for a new cache.
    private long _savedAt;

    public int Count => _entries.Count;

    /// <summary>The cache at <paramref name="path"/>, or an empty one when it is missing, unreadable, or made under another stamp.</summary>
    public static CompiledArticleCache Load(string path, string stamp)
    {
        var cache = new CompiledArticleCache();
        if (!File.Exists(path))
        {
            return cache;
        }

        try
        {
            using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, StreamBuffer, FileOptions.SequentialScan));
            if (reader.ReadString() != Magic || reader.ReadString() != stamp)
            {
                return cache;
            }

            cache._savedAt = reader.ReadInt64();
            int count = ReadCount(reader);
            for (int i = 0; i < count; i++)
            {
                string file = reader.ReadString();
                long length = reader.ReadInt64();
                long ticks = reader.ReadInt64();
                cache._entries[file] = new Entry(length, ticks, ReadArticle(reader, file));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            // A cache is only ever a shortcut: a damaged one (a build killed while it was
            // written by an older tool) costs one full compile, never a wrong resource.
            cache._entries.Clear();
        }

        return cache;
    }

    public bool TryGet(string path, long length, long ticks, out CompiledArticle article)
    {
        if (_entries.TryGetValue(path, out Entry entry) && entry.Length == length && entry.Ticks == ticks && ticks < _savedAt - RacyWindow)
        {
            article = entry.Article;
            return true;
        }

        article = null!;
        return false;
    }

    public void Put(string path, long length, long ticks, CompiledArticle article) =>
        _entries[path] = new Entry(length, ticks, article);

    /// <summary>Writes the cache through a temporary file, so that a build stopped midway leaves the old cache or the new, never half of one.</summary>
    public void Save(string path, string stamp)
    {
        OutputFiles.Replace(path, temporary => Write(temporary, stamp));
    }

    private void Write(string cacheFile, string stamp)
    {
        using (var writer = new BinaryWriter(new FileStream(cacheFile, FileMode.Create, FileAccess.Write, FileShare.None, StreamBuffer)))
        {
            writer.Write(Magic);
            writer.Write(stamp);
            writer.Write(DateTime.UtcNow.Ticks);
            writer.Write(_entries.Count);
            var paths = new List<string>(_entries.Keys);
            paths.Sort(StringComparer.Ordinal);
            foreach (string file in paths)
            {
                Entry entry = _entries[file];
                writer.Write(file);
                writer.Write(entry.Length);
                writer.Write(entry.Ticks);
                WriteArticle(writer, entry.Article);
            }
        }
    }

    private static void WriteArticle(BinaryWriter writer, CompiledArticle article)
    {
        writer.Write(article.IsGenerated);
        if (!article.IsGenerated)
        {
            return;
        }

        ArticleSurface surface = article.Surface!;
        // The surface's id is the article's (SurfaceBuilder.Article): written once.
        writer.Write(article.Id!);
        writer.Write(surface.ClassName);
        writer.Write(surface.Documentation);
        writer.Write(surface.Members.Count);
        foreach (NamedMember member in surface.Members)
        {
            writer.Write(member.Name);
            writer.Write(member.IsQuote);
            writer.Write(member.Index);
            writer.Write(member.Documentation);
        }

        writer.Write(article.Record.Length);
        writer.Write(article.Record);
    }

    private static CompiledArticle ReadArticle(BinaryReader reader, string path)
    {
        if (!reader.ReadBoolean())
        {
            return new CompiledArticle(path, null, null, Array.Empty<byte>());
        }

        string id = reader.ReadString();
        string className = reader.ReadString();
        string documentation = reader.ReadString();
        var members = new NamedMember[ReadCount(reader)];
        for (int i = 0; i < members.Length; i++)
        {
            members[i] = new NamedMember(reader.ReadString(), reader.ReadBoolean(), reader.ReadInt32(), reader.ReadString());
        }

        int length = ReadCount(reader);
        byte[] record = reader.ReadBytes(length);
        if (record.Length != length)
        {
            throw new EndOfStreamException();
        }

        var surface = new ArticleSurface(id, className, documentation, members.Length == 0 ? EquatableArray<NamedMember>.Empty : new EquatableArray<NamedMember>(members));
        return new CompiledArticle(path, id, surface, record);
    }

    /// <summary>A count or length read from the cache, checked against what is left of it, so a damaged file cannot ask for a huge array.</summary>
    private static int ReadCount(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new FormatException("The cache is damaged.");
        }

        return count;
    }

    private readonly struct Entry
    {
        public Entry(long length, long ticks, CompiledArticle article)
        {
            Length = length;
            Ticks = ticks;
            Article = article;
        }

        public long Length { get; }

        public long Ticks { get; }

        public CompiledArticle Article { get; }
    }
}
