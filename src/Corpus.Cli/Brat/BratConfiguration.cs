using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Corpus.Cli.Brat;

/// <summary>
/// The types an <c>annotation.conf</c> declares, by section. brat looks for the file in a
/// document's folder, then in each parent folder up to its data root; so does this reader
/// (up to the import's source folder). The importer needs it to tell an event's trigger
/// (a T line whose type is an event type) from an entity of an unmapped type.
/// </summary>
internal sealed class BratConfiguration
{
    public const string FileName = "annotation.conf";

    private BratConfiguration(string path) => Path = path;

    /// <summary>The file read, relative to the import's source folder.</summary>
    public string Path { get; }

    public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Events { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Relations { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses the text of an annotation.conf (sections <c>[entities]</c>, <c>[events]</c>, <c>[relations]</c>, <c>[attributes]</c>).</summary>
    public static BratConfiguration Parse(string path, string text)
    {
        var configuration = new BratConfiguration(path);
        HashSet<string>? section = null;
        foreach (string rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            string line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line.ToLowerInvariant() switch
                {
                    "[entities]" => configuration.Entities,
                    "[events]" => configuration.Events,
                    "[relations]" => configuration.Relations,
                    "[attributes]" => configuration.Attributes,
                    _ => null,
                };
                continue;
            }

            if (section is null || line[0] == '<')
            {
                continue; // macro definitions (<ENTITY>=…) and unknown sections declare no type
            }

            // "Type", "!Abstract", "Type\tArg1:Person, Arg2:Org" or "Type Arg:Type": the name is the first word.
            int end = 0;
            while (end < line.Length && !char.IsWhiteSpace(line[end]))
            {
                end++;
            }

            string name = line.Substring(0, end).TrimStart('!');
            if (name.Length > 0)
            {
                section.Add(name);
            }
        }

        return configuration;
    }

    /// <summary>Finds and caches the annotation.conf of every folder below <paramref name="root"/>.</summary>
    internal sealed class Lookup
    {
        private readonly string _root;
        private readonly Dictionary<string, BratConfiguration?> _byFolder = new(StringComparer.Ordinal);

        public Lookup(string root) => _root = System.IO.Path.GetFullPath(root);

        /// <summary>The configuration that applies to a document in <paramref name="folder"/>, or null.</summary>
        public BratConfiguration? For(string folder)
        {
            string full = System.IO.Path.GetFullPath(folder);
            if (_byFolder.TryGetValue(full, out BratConfiguration? known))
            {
                return known;
            }

            BratConfiguration? found = null;
            string candidate = System.IO.Path.Combine(full, FileName);
            if (File.Exists(candidate))
            {
                string relative = System.IO.Path.GetRelativePath(_root, candidate).Replace('\\', '/');
                found = Parse(relative, File.ReadAllText(candidate, new UTF8Encoding(false, false)));
            }
            else if (!string.Equals(full.TrimEnd(System.IO.Path.DirectorySeparatorChar), _root.TrimEnd(System.IO.Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                string? parent = System.IO.Path.GetDirectoryName(full);
                found = parent is null ? null : For(parent);
            }

            _byFolder[full] = found;
            return found;
        }
    }
}
