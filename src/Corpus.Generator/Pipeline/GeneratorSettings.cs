using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>The MSBuild and compiler settings the emitted code depends on.</summary>
internal sealed record GeneratorSettings(string Namespace, bool LanguageVersionSupported, string LanguageVersion)
{
    public const string DefaultNamespace = "Corpus";

    public static GeneratorSettings Create(AnalyzerConfigOptions options, CSharpParseOptions? parseOptions)
    {
        string? ns = Read(options, "build_property.CorpusNamespace") ?? Read(options, "build_property.RootNamespace");
        LanguageVersion version = parseOptions?.LanguageVersion ?? Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;
        return new GeneratorSettings(
            ns is not null && IsNamespace(ns) ? ns : DefaultNamespace,
            version >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11,
            version.ToDisplayString());
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
