// One definition, compiled into Corpus.Syntax and Corpus.Model: the data resource stores the text
// an annotation points into by this number (Corpus.Syntax's ArticleFields.All is in this order).
#if CORPUS_MODEL
namespace Corpus.Model;
#else
namespace Corpus.Syntax;
#endif

/// <summary>The texts of an article that carry annotations: the body and four front-matter fields.</summary>
public enum TextField
{
    /// <summary>The body (<c>Article.Text</c>).</summary>
    Body,

    /// <summary>The <c>summary:</c> front-matter field.</summary>
    Summary,

    /// <summary>The <c>image:</c> caption.</summary>
    Image,

    /// <summary>The <c>image-credit:</c> line.</summary>
    ImageCredit,

    /// <summary>The <c>note:</c> field.</summary>
    Note,
}
