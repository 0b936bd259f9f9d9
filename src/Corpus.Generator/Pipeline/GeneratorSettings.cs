using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>The MSBuild and compiler settings the emitted code depends on.</summary>
/// <param name="Namespace">The namespace of the generated classes.</param>
/// <param name="LanguageVersionSupported">Whether the project's C# is recent enough for the generated code.</param>
/// <param name="LanguageVersion">The project's C# version, for the message when it is not.</param>
/// <param name="ArticleProperties">
/// Whether every article gets an <c>Articles.X</c> property (<c>CorpusArticleProperties</c>, default
/// true); without, only the articles with a class of their own do, and the rest are reached through
/// <c>Articles.All</c> and <c>Articles.Get(id)</c>: a smaller compile for a very large corpus.
/// </param>
internal sealed record GeneratorSettings(string Namespace, bool LanguageVersionSupported, string LanguageVersion, bool ArticleProperties = true)
{
    public const string DefaultNamespace = "Corpus";

    public static GeneratorSettings Create(AnalyzerConfigOptions options, CSharpParseOptions? parseOptions)
    {
        string? ns = Read(options, "build_property.CorpusNamespace") ?? Read(options, "build_property.RootNamespace");
        LanguageVersion version = parseOptions?.LanguageVersion ?? Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;
        return new GeneratorSettings(
            ns is not null && IsNamespace(ns) ? ns : DefaultNamespace,
            version >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11,
            version.ToDisplayString(),
            !string.Equals(Read(options, "build_property.CorpusArticleProperties"), "false", System.StringComparison.OrdinalIgnoreCase));
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Dotted identifiers; anything else falls back to the default rather than breaking the build.</summary>
    private static bool IsNamespace(string value)
    {
        foreach (string part in value.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }
}
