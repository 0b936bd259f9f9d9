using System;
using Corpus.Syntax;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// What a step yields when it fails unexpectedly: an error diagnostic naming the file,
/// instead of an exception that Roslyn would turn into the unhelpful CS8785.
/// </summary>
internal static class Failures
{
    public static CorpusDiagnostic Diagnostic(string path, Exception exception) =>
        CorpusDiagnostic.Create(
            DiagnosticDescriptors.InternalError,
            path,
            new SourceSpan(0, 0, 1, 1, 1, 1),
            path.Length == 0 ? "the corpus" : path,
            exception.GetType().Name + ": " + exception.Message);

    /// <summary>CG0004: the compiler could not give us the file's text; not a bug of ours.</summary>
    public static CorpusDiagnostic Unreadable(string path, string reason) =>
        CorpusDiagnostic.Create(DiagnosticDescriptors.UnreadableFile, path, new SourceSpan(0, 0, 1, 1, 1, 1), reason);

    public static RegistryFile Registry(string path, CorpusDiagnostic diagnostic) =>
        new(path, EquatableArray<EntityDeclaration>.Empty, new[] { diagnostic }.ToEquatableArray());

    public static ArticleFile Article(string path, CorpusDiagnostic diagnostic) =>
        new(
            path,
            Id: null,
            IdSpan: default,
            Title: null,
            Body: string.Empty,
            EquatableArray<ParagraphSpan>.Empty,
            EquatableArray<FieldText>.Empty,
            EquatableArray<MentionSyntax>.Empty,
            EquatableArray<QuotationSyntax>.Empty,
            EquatableArray<TermSyntax>.Empty,
            Source: null,
            SourceEntity: null,
            EquatableArray<string>.Empty,
            Published: null,
            Updated: null,
            Language: "en",
            EquatableArray<string>.Empty,
            EquatableArray<MetadataEntry>.Empty,
            new[] { diagnostic }.ToEquatableArray());
}
