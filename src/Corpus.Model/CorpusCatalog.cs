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
/// <c>Quotes</c> classes are typed views over it. For generated code only (an app reads the
/// corpus through those classes and never holds a catalog), hence hidden from IntelliSense.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CorpusCatalog
{
    private readonly CorpusData _data;
    private readonly Entity[] _entities;
    private readonly Article?[] _articles;
    private readonly Func<CorpusCatalog, int, Article?> _createArticle;
    private EntityIndex? _index;
    private IReadOnlyList<Entity>[]? _members;
    private Dictionary<string, Entity[]>? _surfaces;

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

    /// <summary>
    /// The entities whose name or one of whose aliases is <paramref name="surface"/>, compared
    /// case-insensitively in the invariant culture, sorted by id: <c>Find("Mr. Cha")</c> finds Victor D. Cha.
    /// </summary>
    public IReadOnlyList<Entity> FindBySurface(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return Surfaces.TryGetValue(surface, out Entity[]? found) ? Array.AsReadOnly(found) : System.Collections.ObjectModel.ReadOnlyCollection<Entity>.Empty;
    }

    internal IReadOnlyList<Mention> MentionsOf(Entity entity) => Index.Mentions[entity.Index];

    internal EntityIndex Relations => Index;

    internal IReadOnlyList<Entity> MembersOf(Entity entity) => Members[entity.Index];

    private IReadOnlyList<Entity>[] Members
    {
        get
        {
            if (_members is null)
            {
                var members = new List<Entity>[_entities.Length];
                foreach (Entity entity in _entities)
                {
                    foreach (Entity affiliation in entity.Affiliations)
                    {
                        (members[affiliation.Index] ??= new List<Entity>()).Add(entity);
                    }
                }

                var result = new IReadOnlyList<Entity>[members.Length];
                for (int i = 0; i < result.Length; i++)
                {
                    result[i] = members[i] is { } list ? list.AsReadOnly() : System.Collections.ObjectModel.ReadOnlyCollection<Entity>.Empty;
                }

                Interlocked.CompareExchange(ref _members, result, null);
            }

            return _members!;
        }
    }

    private Dictionary<string, Entity[]> Surfaces
    {
        get
        {
            if (_surfaces is null)
            {
                var lists = new Dictionary<string, List<Entity>>(StringComparer.InvariantCultureIgnoreCase);
                foreach (Entity entity in _entities)
                {
                    Add(lists, entity.Name, entity);
                    foreach (string alias in entity.Aliases)
                    {
                        Add(lists, alias, entity);
                    }
                }

                var surfaces = new Dictionary<string, Entity[]>(lists.Count, StringComparer.InvariantCultureIgnoreCase);
                foreach (KeyValuePair<string, List<Entity>> pair in lists)
                {
                    surfaces[pair.Key] = pair.Value.ToArray();
                }

                Interlocked.CompareExchange(ref _surfaces, surfaces, null);
            }

            return _surfaces!;
        }
    }

    // Entities are visited in id order, so each list is sorted by id; an entity whose name is also its alias is listed once.
    private static void Add(Dictionary<string, List<Entity>> lists, string surface, Entity entity)
    {
        if (!lists.TryGetValue(surface, out List<Entity>? list))
        {
            lists[surface] = list = new List<Entity>();
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], entity))
        {
            list.Add(entity);
        }
    }

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
    internal sealed class EntityIndex
    {
        public EntityIndex(CorpusCatalog catalog)
        {
            int count = catalog._entities.Length;
            var mentions = new List<Mention>[count];
            var quotes = new List<Quote>[count];
            var articles = new List<Article>[count];
            var mentionedIn = new List<Article>[count];
            var quotedIn = new List<Article>[count];
            var sourceOf = new List<Article>[count];
            var all = new List<Quote>();
            for (int e = 0; e < count; e++)
            {
                mentions[e] = new List<Mention>();
                quotes[e] = new List<Quote>();
                articles[e] = new List<Article>();
                mentionedIn[e] = new List<Article>();
                quotedIn[e] = new List<Article>();
                sourceOf[e] = new List<Article>();
            }

            foreach (Article article in catalog.Articles)
            {
                foreach (Mention mention in article.Mentions)
                {
                    mentions[mention.Entity.Index].Add(mention);
                    AddOnce(articles[mention.Entity.Index], article);
                    AddOnce(mentionedIn[mention.Entity.Index], article);
                }

                foreach (Quote quote in article.Quotes)
                {
                    all.Add(quote);
                    if (quote.Speaker is not null)
                    {
                        quotes[quote.Speaker.Index].Add(quote);
                        AddOnce(articles[quote.Speaker.Index], article);
                        AddOnce(quotedIn[quote.Speaker.Index], article);
                    }
                }

                if (article.SourceEntity is { } source)
                {
                    AddOnce(articles[source.Index], article);
                    AddOnce(sourceOf[source.Index], article);
                }
            }

            Mentions = Array.ConvertAll(mentions, static list => (IReadOnlyList<Mention>)list.AsReadOnly());
            Quotes = Array.ConvertAll(quotes, static list => (IReadOnlyList<Quote>)list.AsReadOnly());
            Articles = Array.ConvertAll(articles, static list => (IReadOnlyList<Article>)list.AsReadOnly());
            MentionedIn = Array.ConvertAll(mentionedIn, static list => (IReadOnlyList<Article>)list.AsReadOnly());
            QuotedIn = Array.ConvertAll(quotedIn, static list => (IReadOnlyList<Article>)list.AsReadOnly());
            SourceOf = Array.ConvertAll(sourceOf, static list => (IReadOnlyList<Article>)list.AsReadOnly());
            AllQuotes = all.AsReadOnly();
        }

        public IReadOnlyList<Mention>[] Mentions { get; }

        public IReadOnlyList<Quote>[] Quotes { get; }

        public IReadOnlyList<Article>[] Articles { get; }

        public IReadOnlyList<Article>[] MentionedIn { get; }

        public IReadOnlyList<Article>[] QuotedIn { get; }

        public IReadOnlyList<Article>[] SourceOf { get; }

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
