using System.Collections.Generic;

namespace Corpus.Syntax.Sentences;

/// <summary>
/// The sentences of an article's body as the build stores them (<c>Article.Sentences</c>) and the
/// exports write them: the segmenter over the body's paragraphs, with every body mention
/// protected, so no sentence ends inside a name such as "Lloyd J. Austin III".
/// </summary>
public static class ArticleSentences
{
    public static List<SentenceSpan> Of(ArticleFile article)
    {
        var mentions = new List<(int Start, int End)>();
        foreach (MentionSyntax mention in article.Mentions)
        {
            if (mention.Field == ArticleFields.Body)
            {
                mentions.Add((mention.Start, mention.Start + mention.Length));
            }
        }

        return SentenceSegmenter.Split(article.Body, article.Paragraphs, mentions);
    }
}
