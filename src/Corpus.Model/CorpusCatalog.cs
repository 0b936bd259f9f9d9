using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Corpus.Model;

/// <summary>
/// One compiled corpus: its entities (sorted by id) and its articles (sorted by id,
/// created on first access, one at a time). The generated <c>Entities</c>, <c>Articles</c>
/// and <c>Quotes</c> classes are typed views over it.
/// </summary>
public sealed class CorpusCatalog
{
    private readonly Entity[] _entities;
    private readonly string[] _articleIds;
    private readonly Article?[] _articles;
    private readonly Func<CorpusCatalog, int, Article> _createArticle;
    private EntityIndex? _index;

    /// <summary>Creates the catalog; called by generated code.</summary>
    /// <param name="entities">Every entity, sorted by id (ordinal).</param>
    /// <param name="articleIds">Every article id, sorted (ordinal).</param>
    /// <param name="createArticle">Creates the article at an index.</param>
    public CorpusCatalog(Entity[] entities, string[] articleIds, Func<CorpusCatalog, int, Article> createArticle)
    {
        _entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _articleIds = articleIds ?? throw new ArgumentNullException(nameof(articleIds));
        _createArticle = createArticle ?? throw new ArgumentNullException(nameof(createArticle));
        _articles = new Article?[articleIds.Length];
        for (int i = 0; i < entities.Length; i++)
        {
            entities[i].Attach(this, i);
        }

        Entities = Array.AsReadOnly(entities);
        Articles = new ArticleList(this);
    }

    /// <summary>Every entity, sorted by id.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every article, sorted by id; each is created when first read.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Every quotation of every article, in article order.</summary>
    public IReadOnlyList<Quote> Quotes => Index.AllQuotes;

    /// <summary>The article at a position of <see cref="Articles"/>.</summary>
    public Article GetArticle(int index)
    {
        Article? article = Volatile.Read(ref _articles[index]);
        if (article is null)
        {
            // The generated code does not know the index (so adding an article elsewhere does
            // not change it); the catalog sets it before the article is published.
            Article created = _createArticle(this, index);
            created.Index = index;
            Interlocked.CompareExchange(ref _articles[index], created, null);
            article = _articles[index]!;
        }

        return article;
    }

    /// <summary>The entity with this id, or null.</summary>
    public Entity? FindEntity(string id)
    {
        int index = BinarySearch(_entities, id, static e => e.Id);
        return index < 0 ? null : _entities[index];
    }

    /// <summary>The article with this id, or null.</summary>
    public Article? FindArticle(string id)
    {
        int index = BinarySearch(_articleIds, id, static s => s);
        return index < 0 ? null : GetArticle(index);
    }

    internal IReadOnlyList<Mention> MentionsOf(Entity entity) => Index.Mentions[entity.Index];

    internal IReadOnlyList<Quote> QuotesOf(Entity entity) => Index.Quotes[entity.Index];

    internal IReadOnlyList<Article> ArticlesOf(Entity entity) => Index.Articles[entity.Index];

    private EntityIndex Index
    {
        get
        {
            if (_index is null)
            {
                Interlocked.CompareExchange(ref _index, new EntityIndex(this), null);
            }

            return _index!;
        }
    }

    private static int BinarySearch<T>(T[] items, string id, Func<T, string> key)
    {
        int low = 0;
        int high = items.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int c = string.CompareOrdinal(key(items[middle]), id);
            if (c == 0)
            {
                return middle;
            }

            if (c < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>Who is mentioned and quoted where: built once, on first use, from every article.</summary>
    private sealed class EntityIndex
    {
        public EntityIndex(CorpusCatalog catalog)
        {
            int count = catalog._entities.Length;
            var mentions = new List<Mention>[count];
            var quotes = new List<Quote>[count];
            var articles = new List<Article>[count];
            var all = new List<Quote>();
            for (int e = 0; e < count; e++)
            {
                mentions[e] = new List<Mention>();
                quotes[e] = new List<Quote>();
                articles[e] = new List<Article>();
            }

            foreach (Article article in catalog.Articles)
            {
                foreach (Mention mention in article.Mentions)
                {
                    mentions[mention.Entity.Index].Add(mention);
                    AddOnce(articles[mention.Entity.Index], article);
                }

                foreach (Quote quote in article.Quotes)
                {
                    all.Add(quote);
                    if (quote.Speaker is not null)
                    {
                        quotes[quote.Speaker.Index].Add(quote);
                        AddOnce(articles[quote.Speaker.Index], article);
                    }
                }

                if (article.SourceEntity is { } source)
                {
                    AddOnce(articles[source.Index], article);
                }
            }

            Mentions = Array.ConvertAll(mentions, static list => (IReadOnlyList<Mention>)list.AsReadOnly());
            Quotes = Array.ConvertAll(quotes, static list => (IReadOnlyList<Quote>)list.AsReadOnly());
            Articles = Array.ConvertAll(articles, static list => (IReadOnlyList<Article>)list.AsReadOnly());
            AllQuotes = all.AsReadOnly();
        }

        public IReadOnlyList<Mention>[] Mentions { get; }

        public IReadOnlyList<Quote>[] Quotes { get; }

        public IReadOnlyList<Article>[] Articles { get; }

        public IReadOnlyList<Quote> AllQuotes { get; }

        // Articles are visited in order, so the article being added is the last one or new.
        private static void AddOnce(List<Article> list, Article article)
        {
            if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], article))
            {
                list.Add(article);
            }
        }
    }

    /// <summary>A read-only list whose items are the catalog's lazily created articles.</summary>
    private sealed class ArticleList : IReadOnlyList<Article>
    {
        private readonly CorpusCatalog _catalog;

        public ArticleList(CorpusCatalog catalog) => _catalog = catalog;

        public int Count => _catalog._articleIds.Length;

        public Article this[int index] => _catalog.GetArticle(index);

        public IEnumerator<Article> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return _catalog.GetArticle(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
