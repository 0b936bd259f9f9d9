namespace Corpus.Model;

/// <summary>How a quotation renders its speaker's words.</summary>
public enum QuoteKind
{
    /// <summary>A whole sentence in quotation marks.</summary>
    Direct,

    /// <summary>A fragment in quotation marks, inside the article's own sentence.</summary>
    Partial,

    /// <summary>Reported speech, without quotation marks.</summary>
    Indirect,
}
