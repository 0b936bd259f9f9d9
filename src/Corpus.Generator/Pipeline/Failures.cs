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

    public static RegistryFile Registry(string path, Exception exception) =>
        new(path, EquatableArray<EntityDeclaration>.Empty, new[] { Diagnostic(path, exception) }.ToEquatableArray());

    public static ArticleFile Article(string path, Exception exception) =>
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
            new[] { Diagnostic(path, exception) }.ToEquatableArray());
}
