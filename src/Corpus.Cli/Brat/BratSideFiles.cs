using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Corpus.Cli.Export;
using Corpus.Syntax;
using Corpus.Syntax.Parsing;

namespace Corpus.Cli.Brat;

/// <summary>
/// What brat standoff has no place for, carried beside it in files that brat ignores (it
/// reads only <c>.txt</c>, <c>.ann</c> and <c>.conf</c>) so that ours → brat → ours loses
/// nothing: <c>{id}.front-matter</c>, each article's front matter as written (title, source,
/// dates, annotated summary, caption and note), and <c>corpus-registry/{path}.registry</c>,
/// each entity registry as written (descriptions, affiliations, Wikidata ids, comments), and
/// <c>corpus-files.tsv</c>, each article's id and file path in the corpus.
/// </summary>
internal static class BratSideFiles
{
    public const string FrontMatterExtension = ".front-matter";
    public const string RegistryFolder = "corpus-registry";
    public const string RegistryExtension = ".registry";
    public const string FilesName = "corpus-files.tsv";

    /// <summary>Writes the side files of an export; returns how many.</summary>
    public static int Write(LoadedCorpus corpus, string outputDirectory)
    {
        int files = 0;
        var paths = new System.Text.StringBuilder();

        // The files' text as the corpus was loaded: never listed or read a second time.
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CorpusSourceFile source in corpus.Sources)
        {
            texts[source.Path] = source.Text;
        }

        foreach (ArticleFile article in corpus.Articles)
        {
            paths.Append(article.Id).Append('\t').Append(corpus.RelativePath(article.FilePath)).Append('\n');
            string? frontMatter = FrontMatterOf(texts[article.FilePath]);
            if (frontMatter is not null)
            {
                OutputFiles.Write(Path.Combine(outputDirectory, article.Id + FrontMatterExtension), frontMatter);
                files++;
            }
        }

        OutputFiles.Write(Path.Combine(outputDirectory, FilesName), paths.ToString());
        files++;
        foreach (CorpusSourceFile source in corpus.Sources)
        {
            if (!FileNames.IsRegistry(source.Path))
            {
                continue;
            }

            string relative = corpus.RelativePath(source.Path);
            string target = Path.Combine(outputDirectory, RegistryFolder, relative.Substring(0, relative.Length - ".txt".Length) + RegistryExtension);
            OutputFiles.Write(target, source.Text);
            files++;
        }

        return files;
    }

    /// <summary>The registries carried by an export: their path relative to the corpus (<c>entities.txt</c>) and text.</summary>
    public static List<(string Path, string Text)> ReadRegistries(string sourceDirectory)
    {
        var found = new List<(string, string)>();
        string folder = Path.Combine(sourceDirectory, RegistryFolder);
        if (!Directory.Exists(folder))
        {
            return found;
        }

        var paths = new List<string>(Directory.EnumerateFiles(folder, "*" + RegistryExtension, SearchOption.AllDirectories));
        paths.Sort(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            string relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            found.Add((relative.Substring(0, relative.Length - RegistryExtension.Length) + ".txt", File.ReadAllText(path, new UTF8Encoding(false, false))));
        }

        return found;
    }

    /// <summary>The article file paths carried by an export (id → path relative to the corpus), or an empty map.</summary>
    public static Dictionary<string, string> ReadPaths(string sourceDirectory)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        string file = Path.Combine(sourceDirectory, FilesName);
        if (File.Exists(file))
        {
            foreach (string line in File.ReadAllLines(file, new UTF8Encoding(false, false)))
            {
                int tab = line.IndexOf('\t', StringComparison.Ordinal);
                string path = tab < 0 ? string.Empty : line.Substring(tab + 1).Replace('\\', '/');
                // Only a plain relative path below the output folder.
                if (tab > 0 && Import.SafeCorpusPath.IsSafe(path))
                {
                    paths[line.Substring(0, tab)] = path;
                }
            }
        }

        return paths;
    }

    /// <summary>The front matter of an article file, its two <c>---</c> lines included, or null when it has none.</summary>
    public static string? FrontMatterOf(string source)
    {
        string text = source.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        int close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return close < 0 ? null : text.Substring(0, close + "\n---\n".Length);
    }
}
