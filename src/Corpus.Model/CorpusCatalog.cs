using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Threading;
using Corpus.Storage;

namespace Corpus.Model;

/// <summary>
/// One compiled corpus: its entities (sorted by id, created together on first use of the
/// corpus) and its articles (sorted by id, each created on first access). The data comes from
/// the corpus assembly's data resource; the generated <c>Entities</c>, <c>Articles</c> and
/// <c>Quotes</c> classes are typed views over it.
/// </summary>
public sealed class CorpusCatalog
{
    private readonly CorpusData _data;
    private readonly Entity[] _entities;
    private readonly Article?[] _articles;
    private readonly Func<CorpusCatalog, int, Article?> _createArticle;
    private EntityIndex? _index;

    private CorpusCatalog(CorpusData data, Func<CorpusCatalog, int, Article?> createArticle)
    {
        _data = data;
        _createArticle = createArticle;
        _entities = new Entity[data.EntityCount];
        for (int i = 0; i < _entities.Length; i++)
        {
            DataReader reader = data.Reader(data.EntityRecord(i));
            _entities[i] = Entity.Create(EntityRecord.Read(ref reader));
            _entities[i].Attach(this, i);
        }

        _articles = new Article?[data.ArticleCount];
        Entities = Array.AsReadOnly(_entities);
        Articles = new ArticleList(this);
    }

    /// <summary>
    /// Opens the corpus whose data resource <paramref name="assembly"/> carries; called by
    /// generated code. Throws when the resource is missing or was written for other generated
    /// code (<paramref name="surfaceHash"/> differs), saying what to rebuild.
    /// </summary>
    /// <param name="assembly">The corpus assembly.</param>
    /// <param name="surfaceHash">The hash of the surface the generated code was emitted for.</param>
    /// <param name="createArticle">Creates the generated class of the article at an index, or returns null for an article without one.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CorpusCatalog Load(Assembly assembly, ulong surfaceHash, Func<CorpusCatalog, int, Article?> createArticle)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(createArticle);
        CorpusData data = CorpusData.FromAssembly(assembly);
        if (data.SurfaceHash != surfaceHash)
        {
            throw new InvalidOperationException("The corpus data of " + data.Origin + " does not match its generated code (data "
                + data.SurfaceHash.ToString("x16", CultureInfo.InvariantCulture) + ", code " + surfaceHash.ToString("x16", CultureInfo.InvariantCulture) + "). " + CorpusData.RebuildAdvice);
        }

        return new CorpusCatalog(data, createArticle);
    }

    /// <summary>A corpus from data in memory, for tests and tools: every article of the base class.</summary>
    internal static CorpusCatalog FromBytes(ReadOnlySpan<byte> bytes) => new(CorpusData.FromBytes(bytes, "the data given"), static (_, _) => null);

    /// <summary>Every entity, sorted by id.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every article, sorted by id; each is created when first read.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Every quotation of every article, in article order.</summary>
    public IReadOnlyList<Quote> Quotes => Index.AllQuotes;

    internal CorpusData Data => _data;

    /// <summary>The article at a position of <see cref="Articles"/>.</summary>
    public Article GetArticle(int index)
    {
        if ((uint)index >= (uint)_articles.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        Article? article = Volatile.Read(ref _articles[index]);
        if (article is null)
        {
            Article created = _createArticle(this, index) ?? Article.Create(this, index);
            Interlocked.CompareExchange(ref _articles[index], created, null);
            article = _articles[index]!;
        }

        return article;
    }

    /// <summary>The entity with this id, or null.</summary>
    public Entity? FindEntity(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        int index = BinarySearch(_entities.Length, id, i => _entities[i].Id);
        return index < 0 ? null : _entities[index];
    }

    /// <summary>The article with this id, or null.</summary>
    public Article? FindArticle(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        int index = BinarySearch(_articles.Length, id, ArticleId);
        return index < 0 ? null : GetArticle(index);
    }

    /// <summary>An article's id, read from its record without creating the article.</summary>
    private string ArticleId(int index)
    {
        if (Volatile.Read(ref _articles[index]) is { } article)
        {
            return article.Id;
        }

        int record = _data.ArticleRecord(index);
        DataReader reader = _data.Reader(ArticleRecord.PartAt(_data.Span, record, ArticlePart.FrontMatter));
        return reader.String() ?? string.Empty;
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

    private static int BinarySearch(int count, string id, Func<int, string> key)
    {
        int low = 0;
        int high = count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int c = string.CompareOrdinal(key(middle), id);
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

        public int Count => _catalog._articles.Length;

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
