using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Syntax;

/// <summary>
/// A parsed article: front matter, plain text and annotations, all value-equal so the
/// generator can cache it per file. <see cref="Id"/> is null when neither the front
/// matter nor the file name gives a valid id (a diagnostic says so).
/// </summary>
public sealed record ArticleFile(
    string FilePath,
    string? Id,
    SourceSpan IdSpan,
    string? Title,
    string Body,
    EquatableArray<ParagraphSpan> Paragraphs,
    EquatableArray<FieldText> Fields,
    EquatableArray<MentionSyntax> Mentions,
    EquatableArray<QuotationSyntax> Quotations,
    EquatableArray<TermSyntax> Terms,
    string? Source,
    EntityReference? SourceEntity,
    EquatableArray<string> Byline,
    string? Published,
    string? Updated,
    string Language,
    EquatableArray<string> Tags,
    EquatableArray<MetadataEntry> Metadata,
    EquatableArray<CorpusDiagnostic> Diagnostics)
{
    /// <summary>The plain text of a field: the body or a front-matter field (empty when absent).</summary>
    public string GetFieldText(string field)
    {
        if (field == ArticleFields.Body)
        {
            return Body;
        }

        foreach (FieldText text in Fields)
        {
            if (text.Name == field)
            {
                return text.Text;
            }
        }

        return string.Empty;
    }
}
