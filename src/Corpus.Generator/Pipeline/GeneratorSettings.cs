using System.Globalization;
using Corpus.Syntax.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>The MSBuild and compiler settings the emitted code depends on.</summary>
/// <param name="Namespace">The namespace of the generated classes; null when <c>CorpusNamespace</c> is unusable, and nothing is generated (CG0902).</param>
/// <param name="LanguageVersionSupported">Whether the project's C# is recent enough for the generated code.</param>
/// <param name="LanguageVersion">The project's C# version, for the message when it is not.</param>
/// <param name="ArticleProperties">
/// Whether every article gets an <c>Articles.X</c> property (<c>CorpusArticleProperties</c>, default
/// true); without, only the articles with a class of their own do, and the rest are reached through
/// <c>Articles.All</c> and <c>Articles.Get(id)</c>: a smaller compile for a very large corpus.
/// </param>
/// <param name="NamespaceDiagnosticId">CG0902 or CG0903 when a namespace property was unusable, else null.</param>
/// <param name="NamespaceMessage">That diagnostic's message.</param>
internal sealed record GeneratorSettings(
    string? Namespace,
    bool LanguageVersionSupported,
    string LanguageVersion,
    bool ArticleProperties = true,
    string? NamespaceDiagnosticId = null,
    string? NamespaceMessage = null)
{
    public const string DefaultNamespace = "Corpus";

    public static GeneratorSettings Create(AnalyzerConfigOptions options, CSharpParseOptions? parseOptions)
    {
        LanguageVersion version = parseOptions?.LanguageVersion ?? Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest;
        var settings = new GeneratorSettings(
            DefaultNamespace,
            version >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11,
            version.ToDisplayString(),
            !string.Equals(Read(options, "build_property.CorpusArticleProperties"), "false", System.StringComparison.OrdinalIgnoreCase));

        // CorpusNamespace is the user's explicit choice: a wrong one is an error and nothing is
        // generated (a guessed namespace would only move the errors into their code). RootNamespace
        // is the project's default, often the project's file name (my-news): the corpus falls back
        // to the default namespace and a warning says so, and how to choose.
        if (Read(options, "build_property.CorpusNamespace") is { } corpusNamespace)
        {
            return NamespaceRule.Problem(corpusNamespace) is { } problem
                ? settings with { Namespace = null, NamespaceDiagnosticId = DiagnosticDescriptors.InvalidCorpusNamespace.Id, NamespaceMessage = Format(DiagnosticDescriptors.InvalidCorpusNamespace, corpusNamespace, problem) }
                : settings with { Namespace = corpusNamespace };
        }

        if (Read(options, "build_property.RootNamespace") is { } rootNamespace)
        {
            return NamespaceRule.Problem(rootNamespace) is { } problem
                ? settings with { NamespaceDiagnosticId = DiagnosticDescriptors.InvalidRootNamespace.Id, NamespaceMessage = Format(DiagnosticDescriptors.InvalidRootNamespace, rootNamespace, problem, DefaultNamespace) }
                : settings with { Namespace = rootNamespace };
        }

        return settings;
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The value is the user's and may hold anything: the message is escaped like every corpus diagnostic's.</summary>
    private static string Format(DiagnosticDescriptor descriptor, params object[] arguments) =>
        MessageText.Escape(string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments));
}
