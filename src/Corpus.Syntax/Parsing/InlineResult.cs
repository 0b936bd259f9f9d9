using System.Collections.Generic;

namespace Corpus.Syntax.Parsing;

/// <summary>What one field's inline markup yields.</summary>
internal sealed record InlineResult(
    string Text,
    List<ParagraphSpan> Paragraphs,
    List<MentionSyntax> Mentions,
    List<QuotationSyntax> Quotations,
    List<TermSyntax> Terms);
