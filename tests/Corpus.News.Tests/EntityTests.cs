using System.Linq;
using Corpus.Model;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>The shared registry: one entity per real-world thing, across both articles.</summary>
public sealed class EntityTests
{
    [Fact]
    public void Entities_in_both_articles_are_one_entity()
    {
        string[] both = { "china-may-chafe", "china-north-korea-ukraine-war" };

        Assert.Equal(both, Entities.XiJinping.Articles.Select(a => a.Id));
        Assert.Equal(both, Entities.GeorgetownUniversity.Articles.Select(a => a.Id));
        Assert.Equal(both, Entities.China.Articles.Select(a => a.Id));
        Assert.Equal(both, Entities.Nato.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Entities_are_typed_by_kind()
    {
        Person xi = Entities.XiJinping;
        Country china = Countries.China;
        Place beijing = Places.Beijing;

        Assert.Equal("Xi Jinping", xi.Name);
        Assert.Equal("Q15031", xi.WikidataId);
        Assert.Equal(EntityKind.Country, china.Kind);
        Assert.Equal(EntityKind.Place, beijing.Kind);
        Assert.Same(Entities.VictorCha, People.VictorCha);
        Assert.Contains(People.VictorCha, People.All);
    }

    [Fact]
    public void Victor_Cha_is_affiliated_with_georgetown_and_csis()
    {
        Assert.Equal(new[] { "csis", "georgetown-university" }, People.VictorCha.Affiliations.Select(e => e.Id).OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Contains("Mr. Cha", People.VictorCha.Aliases);
    }

    [Fact]
    public void Every_mention_is_a_name_or_alias_and_slices_its_field()
    {
        foreach (Article article in Articles.All)
        {
            foreach (Mention mention in article.Mentions)
            {
                Assert.Equal(mention.Text, article.GetFieldText(mention.Field).Substring(mention.Start, mention.Length));
                Assert.True(
                    mention.Text == mention.Entity.Name || mention.Entity.Aliases.Contains(mention.Text),
                    mention.Text + " is not a surface form of " + mention.Entity.Id);
            }
        }
    }

    [Fact]
    public void Every_entity_is_mentioned_somewhere()
    {
        Assert.Equal(66, Entities.Count);
        Assert.All(Entities.All, e => Assert.NotEmpty(e.Articles));
    }

    [Fact]
    public void Lookup_by_id()
    {
        Assert.Same(Entities.NorthKorea, Entities.Get("north-korea"));
        Assert.True(Entities.TryGet("russia", out Entity? russia));
        Assert.Same(Countries.Russia, russia);
        Assert.False(Entities.TryGet("atlantis", out _));
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Entities.Get("atlantis"));
    }
}
