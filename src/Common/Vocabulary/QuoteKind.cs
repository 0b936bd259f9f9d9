// One definition, compiled into Corpus.Syntax (the format) and Corpus.Model (the runtime): the
// data resource stores a quote's kind by number, so both must agree.
#if CORPUS_MODEL
namespace Corpus.Model;
#else
namespace Corpus.Syntax;
#endif

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
