using System.Linq;
using Corpus.Model;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>The seed articles' quotations, with their exact words and speakers.</summary>
public sealed class QuoteTests
{
    [Fact]
    public void VictorCha_has_two_direct_quotes_and_one_reported_statement_in_the_times_article()
    {
        Quote[] quotes = People.VictorCha.Quotes.ToArray();

        Assert.Equal(3, quotes.Length);
        Assert.All(quotes, q => Assert.Same(Articles.ChinaMayChafe, q.Article));
        Assert.Equal(QuoteKind.Indirect, quotes[0].Kind);
        Assert.Equal("Beijing may not know how to rein in North Korea’s efforts to help the Kremlin", quotes[0].Text);
        Assert.Equal(QuoteKind.Direct, quotes[1].Kind);
        Assert.Equal(
            "China is caught between paralysis and incompetence on this. While they are supporting Russia’s efforts in the war indirectly, they cannot be happy with the D.P.R.K. piece,",
            quotes[1].Text);
        Assert.Equal(QuoteKind.Direct, quotes[2].Kind);
        Assert.Equal("There is nothing good for them in this, short or long term.", quotes[2].Text);
    }

    [Fact]
    public void Peter_Duttons_split_quote_is_two_quotes_and_the_second_is_named()
    {
        Quote[] quotes = People.PeterDutton.Quotes.ToArray();

        Assert.Equal(2, quotes.Length);
        Assert.Equal(
            "China spent decades settling boundary disputes and building a productive relationship with Russia to create room for its strategic goals,",
            quotes[0].Text);
        Assert.Equal("These developments could quickly derail Beijing’s quest.", quotes[1].Text);
        Assert.Same(quotes[1], Articles.ChinaNorthKoreaUkraineWar.Derail);
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Fact]
    public void Tong_Zhao_is_quoted_twice_including_the_ellipsis()
    {
        Quote[] quotes = People.TongZhao.Quotes.ToArray();

        Assert.Equal(2, quotes.Length);
        Assert.Equal(
            "Should Moscow go as far as to assist Pyongyang’s nuclear program … it would pose a severe challenge to the international nonproliferation regime, in which China has a significant stake,",
            quotes[0].Text);
        Assert.Equal(
            "China today envisions a strategic coalition with Russia and North Korea, but with itself in the driver’s seat, wary of either partner taking radical initiatives beyond its control.",
            quotes[1].Text);
        Assert.Equal(quotes[0].Paragraph!.Index + 1, quotes[1].Paragraph!.Index);
    }

    [Fact]
    public void Xi_Jinpings_oil_to_the_fire_is_a_partial_quote_inside_his_reported_call()
    {
        Quote[] quotes = People.XiJinping.Quotes.ToArray();

        Assert.Equal(2, quotes.Length);
        Assert.Equal((QuoteKind.Indirect, "countries not to add “oil to the fire.”"), (quotes[0].Kind, quotes[0].Text));
        Assert.Equal((QuoteKind.Partial, "oil to the fire."), (quotes[1].Kind, quotes[1].Text));
        Assert.All(quotes, q => Assert.Equal(TextField.Body, q.Field));
        Assert.Equal(quotes[0].Start + "countries not to add “".Length, quotes[1].Start);
    }

    [Fact]
    public void Every_quotation_has_a_speaker_and_its_span_slices_the_text()
    {
        Assert.Equal(38, Quotes.All.Count);
        foreach (Quote quote in Quotes.All)
        {
            Assert.NotNull(quote.Speaker);
            Assert.Equal(quote.Text, quote.Article.GetFieldText(quote.Field).Substring(quote.Start, quote.Length));
        }
    }

    [Fact]
    public void What_Austin_revealed_and_what_China_accuses_the_US_of_are_reported_speech()
    {
        Quote austin = Assert.Single(People.LloydAustin.Quotes);
        Assert.Equal(QuoteKind.Indirect, austin.Kind);
        Assert.Equal("North Korea’s decision to dispatch thousands of troops to Russia to fight Ukraine", austin.Text);

        Assert.Equal(
            new[]
            {
                "trying to wage a new Cold War",
                "it hopes all parties in the conflict will de-escalate and work toward a political settlement",
            },
            Countries.China.Quotes.Where(q => q.Article == Articles.ChinaMayChafe).Select(q => q.Text));
        Assert.All(Countries.China.Quotes.Where(q => q.Article == Articles.ChinaMayChafe), q => Assert.Equal(QuoteKind.Indirect, q.Kind));
    }

    [Fact]
    public void Lips_and_teeth_is_a_term_not_a_quote()
    {
        Term[] terms = Articles.ChinaMayChafe.Terms.ToArray();

        Assert.Equal(new[] { "lips and teeth.", "lips and teeth." }, terms.Select(t => t.Text));
        Assert.Equal(new[] { TextField.Body, TextField.Image }, terms.Select(t => t.Field));
        Assert.DoesNotContain(Quotes.All, q => q.Text == "lips and teeth.");
    }

    [Fact]
    public void Shen_Dingli_speaks_directly_partially_and_through_reported_speech()
    {
        Quote[] quotes = People.ShenDingli.Quotes.ToArray();

        Assert.Equal(
            new[]
            {
                (QuoteKind.Direct, "I am not sure if the Chinese government really believes what it says"),
                (QuoteKind.Indirect, "the situation risks becoming “awkward” for China"),
                (QuoteKind.Partial, "awkward"),
                (QuoteKind.Direct, "China sees more harm from sending North Korean forces into Russia than potential benefit,"),
            },
            quotes.Select(q => (q.Kind, q.Text)));
    }
}
