using System;
using Corpus.Generator.Specs;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Parsing;
using Xunit;

namespace Corpus.Generator.Tests;

/// <summary>
/// The memo of the binding step hits only on the very instances of the previous call: an equal
/// but new layout or entity table binds again, and a bind that threw is not remembered.
/// </summary>
public sealed class BoundModelCacheTests
{
    private static readonly EntityTable Entities = RegistryBinder.Bind(new[] { RegistryParser.Parse("/corpus/entities.txt", "@china country\nname: China\n") });

    [Fact]
    public void The_same_layout_and_table_return_the_previous_model_without_binding()
    {
        ArticleLayout layout = Layout();
        int binds = 0;
        ArticleModel first = BoundModelCache.GetOrBind(layout, Entities, Counting(() => binds++));
        ArticleModel second = BoundModelCache.GetOrBind(layout, Entities, Counting(() => binds++));

        Assert.Equal(1, binds);
        Assert.Same(first, second);
        Assert.Empty(first.Bound.Article.Diagnostics);
        Assert.Empty(first.Bound.Diagnostics);
        Assert.Single(first.Bound.Article.Mentions);
    }

    [Fact]
    public void An_equal_but_new_table_or_layout_binds_again()
    {
        ArticleLayout layout = Layout();
        int binds = 0;
        ArticleModel first = BoundModelCache.GetOrBind(layout, Entities, Counting(() => binds++));
        var equalTable = new EntityTable(Entities.Entities, Entities.Diagnostics, Entities.RejectedIds);
        Assert.Equal(Entities, equalTable);
        ArticleModel againstNewTable = BoundModelCache.GetOrBind(layout, equalTable, Counting(() => binds++));
        ArticleLayout equalLayout = Layout();
        ArticleModel fromNewLayout = BoundModelCache.GetOrBind(equalLayout, equalTable, Counting(() => binds++));

        Assert.Equal(3, binds);
        Assert.Equal(first, againstNewTable);
        Assert.NotSame(first, againstNewTable);
        Assert.Equal(first, fromNewLayout);
        Assert.NotSame(againstNewTable, fromNewLayout);
    }

    [Fact]
    public void A_bind_that_threw_is_not_remembered()
    {
        ArticleLayout layout = Layout();
        Assert.Throws<InvalidOperationException>(() => BoundModelCache.GetOrBind(layout, Entities, (_, _) => throw new InvalidOperationException("bind failed")));

        int binds = 0;
        BoundModelCache.GetOrBind(layout, Entities, Counting(() => binds++));
        Assert.Equal(1, binds);
    }

    private static ArticleLayout Layout() =>
        ArticleModelBuilder.Layout(ArticleParser.Parse("/corpus/alpha.txt", "---\ntitle: Alpha\n---\n[China]{@china} said “no”{@china}.\n", default));

    private static Func<ArticleLayout, EntityTable, ArticleModel> Counting(Action counted) => (layout, table) =>
    {
        counted();
        return ArticleModelBuilder.Build(layout, ArticleBinder.Bind(layout.Article, table), table);
    };
}
