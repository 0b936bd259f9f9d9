using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Fuzz;

/// <summary>
/// Builds the fuzzer's starting inputs from the repository: every article of corpus/ and of the
/// test fixtures alone, each fixture folder's registry joined with its articles (so binding is
/// reached from the first execution), and a few short texts for the grammar's corners.
/// </summary>
internal static class SeedCorpus
{
    private static readonly string[] Snippets =
    {
        "---\ntitle: T\n---\n[A]{@a} said: “Yes.”{@a #yes}\n",
        "---\ntitle: T\n---\n“One,\n\n“two.”{@a}\n",
        "---\ntitle: T\n---\n[[x]{@a}]{says @a} \"q\"{term} \\[ \\{ \\} \\“ {@a}\n",
        "---\nid: x\ntitle: T\nsummary: [S]{@a}\npublished: 2024-02-30\nlanguage: e$\ntags: A; b\nx-k: v\n---\nBody.\n",
        "@a person\nname: A\naliases: B; C\naffiliations: @b; x\nwikidata: Q1\n\n@b organization\nname: B\n",
    };

    public static int Build(string repoRoot, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var seeds = new List<byte[]>();
        foreach (string dir in SourceFolders(repoRoot))
        {
            List<string> files = Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
            List<byte[]> registries = files.Where(IsRegistry).Select(File.ReadAllBytes).ToList();
            List<byte[]> articles = files.Where(p => !IsRegistry(p)).Select(File.ReadAllBytes).ToList();
            seeds.AddRange(articles);
            byte[] registry = registries.SelectMany(r => r.Concat(new[] { (byte)'\n' })).ToArray();
            if (articles.Count > 0)
            {
                seeds.Add(FuzzInput.Join(registry, articles));
            }
        }

        seeds.AddRange(Snippets.Select(Encoding.UTF8.GetBytes));
        seeds.Add(FuzzInput.Join(Encoding.UTF8.GetBytes(Snippets[^1]), Snippets.Take(Snippets.Length - 1).Select(Encoding.UTF8.GetBytes)));
        for (int i = 0; i < seeds.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(outDir, "seed-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), seeds[i]);
        }

        return seeds.Count;
    }

    /// <summary>corpus/ and every test project's fixture folder that holds corpus files.</summary>
    private static IEnumerable<string> SourceFolders(string repoRoot)
    {
        yield return Path.Combine(repoRoot, "corpus");
        foreach (string fixtures in Directory.GetDirectories(Path.Combine(repoRoot, "tests"), "Fixtures", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p))
            .OrderBy(p => p, StringComparer.Ordinal))
        {
            foreach (string dir in Directory.GetDirectories(fixtures).OrderBy(p => p, StringComparer.Ordinal))
            {
                yield return dir;
            }
        }
    }

    /// <summary>Fixtures copied into bin/ or obj/ by a build are not sources.</summary>
    private static bool IsBuildOutput(string path)
    {
        string normalized = path.Replace('\\', '/');
        return normalized.Contains("/bin/", StringComparison.Ordinal) || normalized.Contains("/obj/", StringComparison.Ordinal);
    }

    private static bool IsRegistry(string path) => Corpus.Syntax.Parsing.FileNames.IsRegistry(path);
}
