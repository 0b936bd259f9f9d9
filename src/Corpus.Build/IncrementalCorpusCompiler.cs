using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using Corpus.Storage.Writing;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Parsing;
using Corpus.Syntax.Text;

namespace Corpus.Build;

/// <summary>
/// Compiles the corpus into its data as <see cref="CorpusCompilation"/> and
/// <see cref="CorpusDataWriter"/> would, but parses and binds only the article files that
/// changed since the last build: the others come from the <see cref="CompiledArticleCache"/>.
/// The registries are always read and bound (an article's record depends on them); the
/// selection of generated articles is <see cref="CorpusValidator.Select{T}"/>, the generator's own
/// rule. The bytes written are the same as a full compile's (tested).
/// </summary>
internal static class IncrementalCorpusCompiler
{
    /// <param name="files">The corpus files' full paths, in the build's order.</param>
    /// <param name="corpusRoot">The corpus's root: article paths are stored relative to it.</param>
    /// <param name="cacheFile">Where the compiled articles are kept between builds; null for none.</param>
    /// <exception cref="CorpusFileException">A corpus file could not be read.</exception>
    public static IncrementalResult Compile(IReadOnlyList<string> files, string corpusRoot, string? cacheFile)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var registries = new List<RegistryFile>();
        var articles = new List<(string Path, long Length, long Ticks)>(files.Count);
        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string path in files)
        {
            if (FileNames.IsRegistry(path))
            {
                string text = Read(path);
                registries.Add(RegistryParser.Parse(path, text));
                AddText(fingerprint, path);
                AddText(fingerprint, text);
            }
            else
            {
                FileInfo info = Stat(path);
                articles.Add((path, info.Length, info.LastWriteTimeUtc.Ticks));
            }
        }

        EntityTable entities = RegistryBinder.Bind(registries);
        string root = CorpusDataWriter.NormalizeDirectory(corpusRoot);
        AddText(fingerprint, root);
        string stamp = ToolStamp + "|" + BitConverter.ToString(fingerprint.GetHashAndReset()).Replace("-", string.Empty);
        CompiledArticleCache cache = cacheFile is null ? new CompiledArticleCache() : CompiledArticleCache.Load(cacheFile, stamp);
        long prepared = clock.ElapsedMilliseconds;

        var next = new CompiledArticleCache();
        var candidates = new List<CompiledArticle>(articles.Count);
        int compiledCount = 0;
        foreach ((string path, long length, long ticks) in articles)
        {
            if (!cache.TryGet(path, length, ticks, out CompiledArticle compiled))
            {
                ArticleFile parsed = ArticleParser.Parse(path, Read(path));
                compiled = CompiledArticle.From(ArticleBinder.Bind(parsed, entities), entities, root);
                compiledCount++;
            }

            next.Put(path, length, ticks, compiled);
            if (compiled.IsGenerated)
            {
                candidates.Add(compiled);
            }
        }

        long compiledAt = clock.ElapsedMilliseconds;
        List<CompiledArticle> kept = CorpusValidator.Select(candidates, static a => a.Path, static a => a.Id!, rejected: null);
        byte[] data = CorpusDataWriter.Write(entities, kept);
        long laidOut = clock.ElapsedMilliseconds;
        if (cacheFile is not null && (compiledCount > 0 || cache.Count != next.Count))
        {
            SaveQuietly(next, cacheFile, stamp);
        }

        return new IncrementalResult(data, articles.Count, compiledCount, prepared, compiledAt - prepared, laidOut - compiledAt, clock.ElapsedMilliseconds - laidOut);
    }

    /// <summary>
    /// The builds of the code that makes a record: a new Corpus.Syntax, Corpus.Storage or
    /// Corpus.Build may lay out or bind differently, so a cache of another build is not used.
    /// </summary>
    private static readonly string ToolStamp =
        typeof(ArticleParser).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "," +
        typeof(CorpusDataWriter).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "," +
        typeof(IncrementalCorpusCompiler).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static string Read(string path)
    {
        try
        {
            return CorpusFileText.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CorpusFileException(path, e);
        }
    }

    private static FileInfo Stat(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new CorpusFileException(path, new FileNotFoundException("The file does not exist.", path));
        }

        return info;
    }

    private static void SaveQuietly(CompiledArticleCache cache, string cacheFile, string stamp)
    {
        try
        {
            cache.Save(cacheFile, stamp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The data is already right; without a saved cache the next build compiles every
            // article again, which is slower and nothing worse.
        }
    }

    /// <summary>
    /// Adds a text to a SHA-256 over a sequence of texts, closed by a NUL so that no two
    /// sequences run together, hashed as UTF-16 code units so that even lone surrogates count.
    /// </summary>
    private static void AddText(IncrementalHash hash, string text)
    {
        var bytes = new byte[(text.Length + 1) * 2];
        for (int i = 0; i < text.Length; i++)
        {
            bytes[2 * i] = (byte)text[i];
            bytes[(2 * i) + 1] = (byte)(text[i] >> 8);
        }

        hash.AppendData(bytes);
    }
}
