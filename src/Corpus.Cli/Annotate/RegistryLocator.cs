using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Parsing;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Annotate;

/// <summary>
/// Finds and reads the entity registry for <c>annotate</c>: the <c>--registry</c> file or
/// folder, else the registries of the nearest folder at or above the target that has any
/// (<c>corpus/entities.txt</c> for <c>corpus/articles/x.txt</c>).
/// </summary>
internal static class RegistryLocator
{
    public static EntityTable Load(string target, string? registry)
    {
        List<string> paths = registry is not null ? Explicit(registry) : Nearest(target);
        if (paths.Count == 0)
        {
            throw new CliException("no entity registry (entities.txt) found at or above '" + target + "'; give one with --registry");
        }

        var files = new List<RegistryFile>();
        foreach (string path in paths)
        {
            string text = CorpusFileText.Read(path);
            files.Add(RegistryParser.Parse(path.Replace('\\', '/'), text));
        }

        return RegistryBinder.Bind(files);
    }

    private static List<string> Explicit(string registry)
    {
        if (File.Exists(registry))
        {
            return new List<string> { registry };
        }

        if (Directory.Exists(registry))
        {
            return RegistriesBelow(registry);
        }

        throw new CliException("registry '" + registry + "' does not exist");
    }

    private static List<string> Nearest(string target)
    {
        string? directory = Directory.Exists(target) ? Path.GetFullPath(target) : Path.GetDirectoryName(Path.GetFullPath(target));
        while (directory is not null)
        {
            var found = new List<string>();
            foreach (string file in Directory.EnumerateFiles(directory, "*.txt"))
            {
                if (FileNames.IsRegistry(file) && FileKinds.Of(file) == FileKind.Regular)
                {
                    found.Add(file);
                }
            }

            if (found.Count > 0)
            {
                found.Sort(StringComparer.Ordinal);
                return found;
            }

            directory = Path.GetDirectoryName(directory);
        }

        return new List<string>();
    }

    private static List<string> RegistriesBelow(string directory)
    {
        var found = new List<string>();
        foreach (string file in Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories))
        {
            if (FileNames.IsRegistry(file) && FileKinds.Of(file) == FileKind.Regular)
            {
                found.Add(file);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
