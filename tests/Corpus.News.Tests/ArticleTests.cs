using System.Linq;
using Corpus.Model;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>Front matter, plain text and paragraphs of the seed articles.</summary>
public sealed class ArticleTests
{
    [Fact]
    public void The_times_article_has_its_headline_dek_caption_credit_and_source()
    {
        Article article = Articles.ChinaMayChafe;

        Assert.Equal("China May Chafe as North Korea Sends Soldiers to Fight Ukraine", article.Title);
        Assert.Equal("North Korea’s decision to dispatch troops to help Russia subdue Ukraine may put another Kremlin ally, China, in a tough spot diplomatically.", article.Summary);
        Assert.Equal("Yan Yan/Xinhua, via Associated Press", article.ImageCredit);
        Assert.StartsWith("Kim Jong-un, left, and President Xi Jinping of China in 2019.", article.Image, System.StringComparison.Ordinal);
        Assert.Same(Organizations.NewYorkTimes, article.SourceEntity);
        Assert.Equal("The New York Times", article.Source);
        Assert.Null(article.Published);
        Assert.Empty(article.Byline);
    }

    [Fact]
    public void Page_chrome_is_not_part_of_the_body()
    {
        string text = Articles.ChinaMayChafe.Text;

        Assert.StartsWith("Earlier this month, China and North Korea hailed their 75 years of diplomatic relations", text, System.StringComparison.Ordinal);
        Assert.EndsWith("and buying massive quantities of Russian oil.", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Our Coverage", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("How We Verify", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("NY Times", text, System.StringComparison.Ordinal);
        Assert.Equal(12, Articles.ChinaMayChafe.Paragraphs.Count);
    }

    [Fact]
    public void Paragraphs_join_with_a_blank_line_and_markup_is_gone()
    {
        Article article = Articles.ChinaNorthKoreaUkraineWar;

        Assert.Equal(20, article.Paragraphs.Count);
        Assert.Equal(string.Join("\n\n", article.Paragraphs.Select(p => p.Text)), article.Text);
        Assert.DoesNotContain("{@", article.Text, System.StringComparison.Ordinal);
        Assert.Equal(
            "“So far I think Beijing’s option is to keep watching. We have to be very highly aware,” Zhu says.",
            article.Paragraphs[11].Text);
    }

    [Fact]
    public void The_amendment_is_a_note_not_body_text()
    {
        Article article = Articles.ChinaNorthKoreaUkraineWar;

        Assert.Equal("This article was amended on 8 November 2024 to correct Peter Dutton’s job title.", article.Note);
        Assert.DoesNotContain("amended", article.Text, System.StringComparison.Ordinal);
        Assert.Equal(new System.DateOnly(2024, 11, 8), article.Updated);
        Assert.Null(article.Published);
        Assert.Null(article.Source);
        Assert.Empty(article.Byline);
        Mention dutton = Assert.Single(article.Mentions, m => m.Field == TextField.Note);
        Assert.Same(People.PeterDutton, dutton.Entity);
        Assert.Equal("Peter Dutton", dutton.Text);
    }

    [Fact]
    public void Articles_are_sorted_by_id_and_found_by_id()
    {
        Assert.Equal(new[] { "china-may-chafe", "china-north-korea-ukraine-war" }, Articles.All.Select(a => a.Id));
        Assert.Same(Articles.ChinaMayChafe, Articles.Get("china-may-chafe"));
        Assert.False(Articles.TryGet("missing", out _));
    }
}
