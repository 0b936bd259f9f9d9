using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corpus.Cli.Lsp;

namespace Corpus.Lsp.Tests;

/// <summary>The VS Code extension in editors/vscode agrees with the server it starts.</summary>
public sealed class EditorIntegrationTests
{
    private static readonly string RepoRoot = typeof(EditorIntegrationTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    private static JsonElement Load(string relative) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "editors", "vscode", relative))).RootElement;

    [Fact]
    public void The_extension_declares_every_semantic_token_type_of_the_server_legend()
    {
        JsonElement contributes = Load("package.json").GetProperty("contributes");

        string[] declared = contributes.GetProperty("semanticTokenTypes").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray();
        string[] scoped = contributes.GetProperty("semanticTokenScopes")[0].GetProperty("scopes").EnumerateObject().Select(p => p.Name).ToArray();

        Assert.Equal(SemanticTokenBuilder.TokenTypes, declared);
        Assert.Equal(SemanticTokenBuilder.TokenTypes, scoped);
    }

    [Fact]
    public void The_grammar_is_the_one_the_extension_names_and_its_patterns_compile()
    {
        JsonElement grammarEntry = Load("package.json").GetProperty("contributes").GetProperty("grammars")[0];
        JsonElement grammar = Load(grammarEntry.GetProperty("path").GetString()!);

        Assert.Equal(grammarEntry.GetProperty("scopeName").GetString(), grammar.GetProperty("scopeName").GetString());
        var patterns = grammar.GetProperty("repository").EnumerateObject()
            .SelectMany(rule => Descendants(rule.Value))
            .Where(p => p.Name is "match" or "begin" or "end")
            .Select(p => p.Value.GetString()!)
            .ToList();
        Assert.True(patterns.Count >= 15, "patterns found: " + patterns.Count);
        foreach (string pattern in patterns)
        {
            // Oniguruma's syntax as the grammar uses it (\A, look-behind, classes) is also .NET's.
            _ = new Regex(pattern, RegexOptions.None, System.TimeSpan.FromSeconds(1));
        }

        var reference = new Regex(grammar.GetProperty("repository").GetProperty("reference").GetProperty("match").GetString()!);
        Assert.Equal("@victor-cha", reference.Match("[Mr. Cha]{@victor-cha}").Value);
        var header = new Regex(grammar.GetProperty("repository").GetProperty("registry-header").GetProperty("match").GetString()!, RegexOptions.Multiline);
        Assert.Equal("country", header.Match("@north-korea country\nname: North Korea").Groups[2].Value);
    }

    private static System.Collections.Generic.IEnumerable<JsonProperty> Descendants(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                yield return property;
                foreach (JsonProperty inner in Descendants(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                foreach (JsonProperty inner in Descendants(item))
                {
                    yield return inner;
                }
            }
        }
    }
}
