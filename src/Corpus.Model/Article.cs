using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using System.Threading;
using Corpus.Storage;

namespace Corpus.Model;

/// <summary>
/// An annotated article. Its text, front matter and annotations are data, in the corpus
/// assembly's data resource, decoded part by part on first use: walking every quote never
/// decodes a front matter, a paragraph or a mention, and an article never touched costs nothing.
/// An article with <c>#named</c> quotes or mentions has a generated class of its own that
/// exposes them as properties.
/// </summary>
[JsonConverter(typeof(Json.ArticleJsonConverter<Article>))]
public class Article
{
    private readonly CorpusCatalog _catalog;
    private readonly int _record;
    private FrontMatterData? _frontMatter;
    private string? _text;
    private int _bodyUtf8 = -2;
    private IReadOnlyList<string>? _byline;
    private IReadOnlyList<string>? _tags;
    private IReadOnlyList<Paragraph>? _paragraphs;
    private IReadOnlyList<Mention>? _mentions;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<Term>? _terms;
    private IReadOnlyList<Sentence>? _sentences;
    private IReadOnlyDictionary<string, string>? _metadata;
    private string[]? _names;

    /// <summary>Creates the article at a position of the corpus; called by generated code.</summary>
    /// <param name="catalog">The corpus it belongs to.</param>
    /// <param name="index">Its position in <see cref="CorpusCatalog.Articles"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Article(CorpusCatalog catalog, int index)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _record = catalog.Data.ArticleRecord(index);
        Index = index;
    }

    /// <summary>The kebab-case id.</summary>
    public string Id => FrontMatter.Id;

    /// <summary>The headline.</summary>
    public string Title => FrontMatter.Title;

    /// <summary>The dek or standfirst, as plain text (annotations removed).</summary>
    public string? Summary => FrontMatter.Summary;

    /// <summary>The caption of the main image.</summary>
    public string? Image => FrontMatter.Image;

    /// <summary>The credit line of the main image.</summary>
    public string? ImageCredit => FrontMatter.ImageCredit;

    /// <summary>An editorial note, such as a correction.</summary>
    public string? Note => FrontMatter.Note;

    /// <summary>The source's name: the source entity's name, or the plain text given.</summary>
    public string? Source => SourceEntity?.Name ?? FrontMatter.Source;

    /// <summary>The source as an entity (a newspaper, an agency), when it is one.</summary>
    public Entity? SourceEntity => FrontMatter.SourceEntity < 0 ? null : _catalog.Entities[FrontMatter.SourceEntity];

    /// <summary>The authors, in order.</summary>
    public IReadOnlyList<string> Byline => _byline ??= ReadOnly(FrontMatter.Byline);

    /// <summary>The publication date, when known.</summary>
    public DateOnly? Published => Date(FrontMatter.Published);

    /// <summary>The date of the last update, when known.</summary>
    public DateOnly? Updated => Date(FrontMatter.Updated);

    /// <summary>The BCP 47 language tag (default <c>en</c>).</summary>
    public string Language => FrontMatter.Language;

    /// <summary>Kebab-case labels.</summary>
    public IReadOnlyList<string> Tags => _tags ??= ReadOnly(FrontMatter.Tags);

    /// <summary>Custom <c>x-…</c> front-matter entries, keyed with their <c>x-</c> prefix.</summary>
    public IReadOnlyDictionary<string, string> Metadata => _metadata ?? InitializeMetadata();

    /// <summary>The body as plain text: paragraphs joined by a blank line, markup removed.</summary>
    public string Text => _text ?? InitializeText();

    /// <summary>The body's paragraphs.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs ?? InitializeParagraphs();

    /// <summary>Every mention, the body's first, in text order.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions ?? InitializeMentions();

    /// <summary>Every quotation with a speaker or left unattributed, in text order.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes ?? InitializeQuotes();

    /// <summary>Quotation marks around terms, idioms and titles (not speech).</summary>
    public IReadOnlyList<Term> Terms => _terms ?? InitializeTerms();

    /// <summary>The body's sentences, in order, as the build segmented them.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ?? InitializeSentences();

    /// <summary>The position of the article in the corpus (articles are sorted by id).</summary>
    public int Index { get; }

    /// <summary>The article's file, relative to the corpus directory, with '/' separators.</summary>
    internal string Path => FrontMatter.Path;

    /// <summary>The plain text of a field (empty for a front-matter field the article does not have).</summary>
    public string GetFieldText(TextField field) => field switch
    {
        TextField.Body => Text,
        TextField.Summary => Summary ?? string.Empty,
        TextField.Image => Image ?? string.Empty,
        TextField.ImageCredit => ImageCredit ?? string.Empty,
        TextField.Note => Note ?? string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown field."),
    };

    /// <inheritdoc/>
    public override string ToString() => Title;

    /// <summary>Creates an article without a generated class.</summary>
    internal static Article Create(CorpusCatalog catalog, int index) => new(catalog, index);

    /// <summary>
    /// The text of an annotation: from the decoded field when it is at hand, else from the
    /// body's UTF-8 bytes at the offsets the data records (<paramref name="utf8Start"/> is
    /// negative outside the body), so reading one quote decodes its own bytes only.
    /// </summary>
    internal string Slice(TextField field, int start, int length, int utf8Start, int utf8Length)
    {
        if (_text is null && utf8Start >= 0 && BodyUtf8 is int body and >= 0)
        {
            return Encoding.UTF8.GetString(_catalog.Data.Span.Slice(body + utf8Start, utf8Length));
        }

        return GetFieldText(field).Substring(start, length);
    }

    /// <summary>The sentence that holds a body offset (sentences never overlap), or null between sentences.</summary>
    internal Sentence? SentenceAt(int offset)
    {
        IReadOnlyList<Sentence> sentences = Sentences;
        int low = 0;
        int high = sentences.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            Sentence sentence = sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.Start + sentence.Length)
            {
                low = middle + 1;
            }
            else
            {
                return sentence;
            }
        }

        // Between two sentences (white space after a sentence's end): the next one.
        return low < sentences.Count ? sentences[low] : null;
    }

    /// <summary>The sentences that overlap a range of the body.</summary>
    internal IReadOnlyList<Sentence> SentencesIn(int start, int length)
    {
        var found = new List<Sentence>();
        foreach (Sentence sentence in Sentences)
        {
            if (sentence.Start < start + length && start < sentence.Start + sentence.Length)
            {
                found.Add(sentence);
            }
        }

        return found.AsReadOnly();
    }

    /// <summary>The mentions inside a range of a field, in text order.</summary>
    internal IReadOnlyList<Mention> MentionsIn(TextField field, int start, int length)
    {
        var found = new List<Mention>();
        foreach (Mention mention in Mentions)
        {
            if (mention.Field == field && mention.Start >= start && mention.Start + mention.Length <= start + length)
            {
                found.Add(mention);
            }
        }

        return found.AsReadOnly();
    }

    private FrontMatterData FrontMatter
    {
        get
        {
            if (_frontMatter is null)
            {
                DataReader reader = Open(ArticlePart.FrontMatter);
                Interlocked.CompareExchange(ref _frontMatter, ArticleRecord.ReadFrontMatter(ref reader), null);
            }

            return _frontMatter!;
        }
    }

    /// <summary>Where the body's UTF-8 bytes start in the data, or -1 when the body is stored as UTF-16.</summary>
    private int BodyUtf8
    {
        get
        {
            if (_bodyUtf8 == -2)
            {
                DataReader reader = Open(ArticlePart.Body);
                _bodyUtf8 = reader.StringBytes(out int start, out _, out bool utf16) && !utf16 ? start : -1;
            }

            return _bodyUtf8;
        }
    }

    private DataReader Open(ArticlePart part) => _catalog.Data.Reader(ArticleRecord.PartAt(_catalog.Data.Span, _record, part));

    private int[] Table(ArticlePart part)
    {
        DataReader reader = Open(part);
        return ArticleRecord.ReadTable(ref reader, part);
    }

    private string? NameAt(int index)
    {
        if (index < 0)
        {
            return null;
        }

        if (_names is null)
        {
            DataReader reader = Open(ArticlePart.Names);
            Interlocked.CompareExchange(ref _names, reader.Strings(), null);
        }

        return _names![index];
    }

    private string InitializeText()
    {
        DataReader reader = Open(ArticlePart.Body);
        Interlocked.CompareExchange(ref _text, reader.String() ?? string.Empty, null);
        return _text!;
    }

    private IReadOnlyDictionary<string, string> InitializeMetadata()
    {
        string[] pairs = FrontMatter.Metadata;
        var map = new Dictionary<string, string>(pairs.Length / 2, StringComparer.Ordinal);
        for (int i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        Interlocked.CompareExchange(ref _metadata, new ReadOnlyDictionary<string, string>(map), null);
        return _metadata!;
    }

    private IReadOnlyList<Paragraph> InitializeParagraphs()
    {
        const int Width = (int)ParagraphColumn.Count;
        int[] rows = Table(ArticlePart.Paragraphs);
        var paragraphs = new Paragraph[rows.Length / Width];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            int row = i * Width;
            paragraphs[i] = new Paragraph(this, i, rows[row + (int)ParagraphColumn.Start], rows[row + (int)ParagraphColumn.Length]);
        }

        Interlocked.CompareExchange(ref _paragraphs, Array.AsReadOnly(paragraphs), null);
        return _paragraphs!;
    }

    private IReadOnlyList<Mention> InitializeMentions()
    {
        const int Width = (int)MentionColumn.Count;
        int[] rows = Table(ArticlePart.Mentions);
        var mentions = new Mention[rows.Length / Width];
        for (int i = 0; i < mentions.Length; i++)
        {
            int row = i * Width;
            mentions[i] = new Mention(
                this,
                _catalog.Entities[rows[row + (int)MentionColumn.Entity]],
                (TextField)rows[row + (int)MentionColumn.Field],
                rows[row + (int)MentionColumn.Start],
                rows[row + (int)MentionColumn.Length],
                rows[row + (int)MentionColumn.Utf8Start],
                rows[row + (int)MentionColumn.Utf8Length],
                rows[row + (int)MentionColumn.Line],
                rows[row + (int)MentionColumn.Column],
                NameAt(rows[row + (int)MentionColumn.Name]));
        }

        Interlocked.CompareExchange(ref _mentions, Array.AsReadOnly(mentions), null);
        return _mentions!;
    }

    private IReadOnlyList<Quote> InitializeQuotes()
    {
        const int Width = (int)QuoteColumn.Count;
        int[] rows = Table(ArticlePart.Quotes);
        var quotes = new Quote[rows.Length / Width];
        for (int i = 0; i < quotes.Length; i++)
        {
            int row = i * Width;
            int speaker = rows[row + (int)QuoteColumn.Speaker];
            quotes[i] = new Quote(
                this,
                speaker < 0 ? null : _catalog.Entities[speaker],
                (QuoteKind)rows[row + (int)QuoteColumn.Kind],
                (TextField)rows[row + (int)QuoteColumn.Field],
                rows[row + (int)QuoteColumn.Start],
                rows[row + (int)QuoteColumn.Length],
                rows[row + (int)QuoteColumn.Utf8Start],
                rows[row + (int)QuoteColumn.Utf8Length],
                rows[row + (int)QuoteColumn.Paragraph],
                rows[row + (int)QuoteColumn.Line],
                rows[row + (int)QuoteColumn.Column],
                NameAt(rows[row + (int)QuoteColumn.Name]));
        }

        Interlocked.CompareExchange(ref _quotes, Array.AsReadOnly(quotes), null);
        return _quotes!;
    }

    private IReadOnlyList<Term> InitializeTerms()
    {
        const int Width = (int)TermColumn.Count;
        int[] rows = Table(ArticlePart.Terms);
        var terms = new Term[rows.Length / Width];
        for (int i = 0; i < terms.Length; i++)
        {
            int row = i * Width;
            terms[i] = new Term(this, (TextField)rows[row + (int)TermColumn.Field], rows[row + (int)TermColumn.Start], rows[row + (int)TermColumn.Length]);
        }

        Interlocked.CompareExchange(ref _terms, Array.AsReadOnly(terms), null);
        return _terms!;
    }

    private IReadOnlyList<Sentence> InitializeSentences()
    {
        const int Width = (int)SentenceColumn.Count;
        int[] rows = Table(ArticlePart.Sentences);
        var sentences = new Sentence[rows.Length / Width];
        for (int i = 0; i < sentences.Length; i++)
        {
            int row = i * Width;
            sentences[i] = new Sentence(this, i, rows[row + (int)SentenceColumn.Start], rows[row + (int)SentenceColumn.Length], rows[row + (int)SentenceColumn.Paragraph]);
        }

        Interlocked.CompareExchange(ref _sentences, Array.AsReadOnly(sentences), null);
        return _sentences!;
    }

    private static IReadOnlyList<string> ReadOnly(string[] items) => items.Length == 0 ? ReadOnlyCollection<string>.Empty : Array.AsReadOnly(items);

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
