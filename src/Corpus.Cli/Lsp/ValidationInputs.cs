using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Lsp;

/// <summary>
/// What <see cref="CorpusValidator"/> reads of one article: its id, where the id is (the errors are reported there), and whether it is generated
/// (duplicate ids and C# names), whether it has an error (unused entities are reported only in
/// a corpus without errors), and the entities it uses. When an edit leaves these equal, the
/// corpus-wide diagnostics cannot change, and the workspace skips the corpus-wide pass.
/// </summary>
internal sealed class ValidationInputs : IEquatable<ValidationInputs>
{
    private readonly string? _id;

    // The corpus-wide errors (a duplicate id, a reserved or colliding name) are reported at the id's span.
    private readonly SourceSpan _idSpan;
    private readonly bool _generated;
    private readonly bool _hasError;
    private readonly HashSet<string> _used;

    private ValidationInputs(string? id, SourceSpan idSpan, bool generated, bool hasError, HashSet<string> used)
    {
        _id = id;
        _idSpan = idSpan;
        _generated = generated;
        _hasError = hasError;
        _used = used;
    }

    public static ValidationInputs Of(BoundArticle bound)
    {
        ArticleFile article = bound.Article;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (MentionSyntax mention in article.Mentions)
        {
            used.Add(mention.Entity.Id);
        }

        foreach (QuotationSyntax quotation in article.Quotations)
        {
            if (quotation.Speaker is not null)
            {
                used.Add(quotation.Speaker.Id);
            }
        }

        if (article.SourceEntity is not null)
        {
            used.Add(article.SourceEntity.Id);
        }

        bool hasError = article.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || bound.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        return new ValidationInputs(article.Id, article.IdSpan, bound.IsGenerated, hasError, used);
    }

    public bool Equals(ValidationInputs? other) =>
        other is not null && _id == other._id && _idSpan == other._idSpan && _generated == other._generated && _hasError == other._hasError && _used.SetEquals(other._used);

    public override bool Equals(object? obj) => Equals(obj as ValidationInputs);

    public override int GetHashCode() => HashCode.Combine(_id, _generated, _hasError, _used.Count);
}
