using System;
using System.IO;
using System.Text;

namespace Corpus.Lsp.Tests.Infrastructure;

/// <summary>
/// A small corpus in a temporary folder: a registry of three entities and one article that
/// uses each of them, written with LF endings unless a test writes its own files.
/// </summary>
public sealed class TestCorpus : IDisposable
{
    public const string Registry =
        "@victor-cha person\n" +              // line 0
        "name: Victor D. Cha\n" +
        "aliases: Mr. Cha\n" +
        "description: Korea chair at the Center for Strategic and International Studies.\n" +
        "\n" +
        "@china country\n" +                  // line 5
        "name: China\n" +
        "description: The People’s Republic of China.\n" +
        "\n" +
        "@north-korea country\n" +            // line 9
        "name: North Korea\n" +
        "aliases: D.P.R.K.\n" +
        "description: The Democratic People’s Republic of Korea.\n";

    public const string Article =
        "---\n" +
        "title: Talks\n" +
        "---\n" +
        "[China]{@china} and [North Korea]{@north-korea} met.\n" +   // line 3
        "\n" +
        "“We are close,”{@victor-cha} [Mr. Cha]{@victor-cha} said.\n"; // line 5

    public TestCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "corpus-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "articles"));
        Write("entities.txt", Registry);
        Write("articles/talks.txt", Article);
    }

    /// <summary>The corpus folder, absolute, '/' separators.</summary>
    public string Root { get; }

    public string RegistryPath => PathOf("entities.txt");

    public string ArticlePath => PathOf("articles/talks.txt");

    public string PathOf(string relative) => Root.Replace('\\', '/') + "/" + relative;

    public string Uri(string relative) => new Uri(PathOf(relative)).AbsoluteUri;

    public void Write(string relative, string text) =>
        File.WriteAllText(System.IO.Path.Combine(Root, relative), text, new UTF8Encoding(false));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned up later.
        }
    }
}
