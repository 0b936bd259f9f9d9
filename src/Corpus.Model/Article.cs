using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;
using System.Threading;

namespace Corpus.Model;

/// <summary>
/// An annotated article. The generated corpus derives one small class per article (exposing
/// its <c>#named</c> quotes and mentions as properties); everything else is data: the text
/// and a compact record of front matter and annotations in its output group's
/// <see cref="ArticleStore"/>, decoded on first use. Nothing parses the annotation format at
/// run time, and an article that is never touched costs nothing.
/// </summary>
public abstract class Article
{
    /// <summary>Names of the texts that annotations point into, by the index the data uses.</summary>
    private static readonly string[] FieldNames = { "body", "summary", "image", "image-credit", "note" };

    private readonly CorpusCatalog _catalog;
    private readonly ArticleStore _store;
    private readonly int _chunk;
    private readonly int _record;
    private ArticleInfo? _info;
    private Layout? _layout;
    private string? _text;
    private IReadOnlyList<Paragraph>? _paragraphs;
    private IReadOnlyList<Mention>? _mentions;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<Term>? _terms;
    private IReadOnlyDictionary<string, string>? _metadata;

    /// <summary>Creates the article; called by generated code.</summary>
    /// <param name="catalog">The corpus it belongs to.</param>
    /// <param name="store">Its output group's data.</param>
    /// <param name="chunk">The chunk of <paramref name="store"/> that holds its record.</param>
    /// <param name="record">The byte offset of its record in that chunk.</param>
    protected Article(CorpusCatalog catalog, ArticleStore store, int chunk, int record)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _chunk = chunk;
        _record = record;
    }

    /// <summary>The kebab-case id.</summary>
    public string Id => Info.Id;

    /// <summary>The headline.</summary>
    public string Title => Info.Title;

    /// <summary>The dek or standfirst, as plain text (annotations removed).</summary>
    public string? Summary => Info.Summary;

    /// <summary>The caption of the main image.</summary>
    public string? Image => Info.Image;

    /// <summary>The credit line of the main image.</summary>
    public string? ImageCredit => Info.ImageCredit;

    /// <summary>An editorial note, such as a correction.</summary>
    public string? Note => Info.Note;

    /// <summary>The source's name: the source entity's name, or the plain text given.</summary>
    public string? Source => SourceEntity?.Name ?? Info.Source;

    /// <summary>The source as an entity (a newspaper, an agency), when it is one.</summary>
    public Entity? SourceEntity => Info.SourceEntityId is null ? null : _catalog.FindEntity(Info.SourceEntityId);

    /// <summary>The authors, in order.</summary>
    public IReadOnlyList<string> Byline => Info.Byline;

    /// <summary>The publication date, when known.</summary>
    public DateOnly? Published => Info.Published;

    /// <summary>The date of the last update, when known.</summary>
    public DateOnly? Updated => Info.Updated;

    /// <summary>The BCP 47 language tag (default <c>en</c>).</summary>
    public string Language => Info.Language;

    /// <summary>Kebab-case labels.</summary>
    public IReadOnlyList<string> Tags => Info.Tags;

    /// <summary>Custom <c>x-…</c> front-matter entries, keyed with their <c>x-</c> prefix.</summary>
    public IReadOnlyDictionary<string, string> Metadata => _metadata ?? InitializeMetadata();

    /// <summary>The body as plain text: paragraphs joined by a blank line, markup removed.</summary>
    public string Text => _text ?? InitializeText();

    /// <summary>The body's paragraphs.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs ?? GetParagraphs();

    /// <summary>Every mention, the body's first, in text order.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions ?? GetMentions();

    /// <summary>Every quotation with a speaker or left unattributed, in text order.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes ?? GetQuotes();

    /// <summary>Quotation marks around terms, idioms and titles (not speech).</summary>
    public IReadOnlyList<Term> Terms => _terms ?? GetTerms();

    /// <summary>The position of the article in the corpus (articles are sorted by id).</summary>
    public int Index { get; internal set; }

    /// <summary>The plain text of a field: <c>body</c>, <c>summary</c>, <c>image</c>, <c>image-credit</c> or <c>note</c>.</summary>
    public string GetFieldText(string field) => field switch
    {
        "body" => Text,
        "summary" => Summary ?? string.Empty,
        "image" => Image ?? string.Empty,
        "image-credit" => ImageCredit ?? string.Empty,
        "note" => Note ?? string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown field."),
    };

    /// <inheritdoc/>
    public override string ToString() => Title;

    /// <summary>
    /// The text of an annotation: from the decoded field when it is at hand, else from the
    /// body's UTF-8 bytes at the offsets the generator recorded (<paramref name="utf8Start"/>
    /// is negative outside the body), so reading one quote decodes its own bytes only.
    /// </summary>
    internal string Slice(string field, int start, int length, int utf8Start, int utf8Length)
    {
        if (_text is null && utf8Start >= 0)
        {
            Layout layout = GetLayout();
            if (layout.BodyOffset >= 0)
            {
                return Encoding.UTF8.GetString(_store.GetChunk(layout.BodyChunk).Slice(layout.BodyOffset + utf8Start, utf8Length));
            }
        }

        return GetFieldText(field).Substring(start, length);
    }

    private ArticleInfo Info => _info ?? InitializeInfo();

    private ArticleInfo InitializeInfo()
    {
        RecordReader reader = OpenRecord();
        Interlocked.CompareExchange(ref _info, ArticleInfo.Read(ref reader, _store), null);
        return _info!;
    }

    private RecordReader Reader(int position) => new(_store.GetChunk(_chunk), position);

    /// <summary>A reader past the record's version, which must be the one this library reads.</summary>
    private RecordReader OpenRecord()
    {
        RecordReader reader = Reader(_record);
        if (reader.Next() != RecordReader.Version)
        {
            throw new InvalidOperationException("An article of this corpus was generated for another version of Corpus.Model (expected record version "
                + RecordReader.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ").");
        }

        return reader;
    }

    private string InitializeText()
    {
        RecordReader reader = Reader(GetLayout().Body);
        Interlocked.CompareExchange(ref _text, reader.ReadText(_store) ?? string.Empty, null);
        return _text!;
    }

    private IReadOnlyDictionary<string, string> InitializeMetadata()
    {
        string[] pairs = Info.Metadata;
        var map = new Dictionary<string, string>(pairs.Length / 2, StringComparer.Ordinal);
        for (int i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        Interlocked.CompareExchange(ref _metadata, new ReadOnlyDictionary<string, string>(map), null);
        return _metadata!;
    }

    // After the front matter and the body's text reference, the record holds four lists, each
    // after its count: paragraphs (start, length), mentions (field, start, length, utf8 start,
    // utf8 length, entity), quotes (field, start, length, utf8 start, utf8 length, speaker or
    // -1, kind, paragraph), terms (field, start, length). Each list is decoded on its own first
    // use, so walking the quotes of every article creates no mention and no paragraph.
    private const int ParagraphStride = 2;
    private const int MentionStride = 6;
    private const int QuoteStride = 8;
    private const int TermStride = 3;

    private IReadOnlyList<Paragraph> GetParagraphs()
    {
        if (_paragraphs is null)
        {
            RecordReader data = Reader(GetLayout().Paragraphs);
            var paragraphs = new Paragraph[data.Next()];
            for (int i = 0; i < paragraphs.Length; i++)
            {
                paragraphs[i] = new Paragraph(this, i, data.Next(), data.Next());
            }

            Interlocked.CompareExchange(ref _paragraphs, Array.AsReadOnly(paragraphs), null);
        }

        return _paragraphs!;
    }

    private IReadOnlyList<Mention> GetMentions()
    {
        if (_mentions is null)
        {
            RecordReader data = Reader(GetLayout().Mentions);
            var mentions = new Mention[data.Next()];
            for (int i = 0; i < mentions.Length; i++)
            {
                string field = FieldNames[data.Next()];
                int start = data.Next();
                int length = data.Next();
                int utf8Start = data.Next();
                int utf8Length = data.Next();
                mentions[i] = new Mention(this, _catalog.Entities[data.Next()], field, start, length, utf8Start, utf8Length);
            }

            Interlocked.CompareExchange(ref _mentions, Array.AsReadOnly(mentions), null);
        }

        return _mentions!;
    }

    private IReadOnlyList<Quote> GetQuotes()
    {
        if (_quotes is null)
        {
            RecordReader data = Reader(GetLayout().Quotes);
            var quotes = new Quote[data.Next()];
            for (int i = 0; i < quotes.Length; i++)
            {
                string field = FieldNames[data.Next()];
                int start = data.Next();
                int length = data.Next();
                int utf8Start = data.Next();
                int utf8Length = data.Next();
                int speaker = data.Next();
                var kind = (QuoteKind)data.Next();
                int paragraph = data.Next();
                quotes[i] = new Quote(this, speaker < 0 ? null : _catalog.Entities[speaker], kind, field, start, length, utf8Start, utf8Length, paragraph);
            }

            Interlocked.CompareExchange(ref _quotes, Array.AsReadOnly(quotes), null);
        }

        return _quotes!;
    }

    private IReadOnlyList<Term> GetTerms()
    {
        if (_terms is null)
        {
            RecordReader data = Reader(GetLayout().Terms);
            var terms = new Term[data.Next()];
            for (int i = 0; i < terms.Length; i++)
            {
                terms[i] = new Term(this, FieldNames[data.Next()], data.Next(), data.Next());
            }

            Interlocked.CompareExchange(ref _terms, Array.AsReadOnly(terms), null);
        }

        return _terms!;
    }

    private Layout GetLayout() => _layout ?? InitializeLayout();

    /// <summary>Finds where each part of the record starts: one pass of a few hundred bytes, once.</summary>
    private Layout InitializeLayout()
    {
        RecordReader reader = OpenRecord();
        ArticleInfo.Skip(ref reader);
        int body = reader.Position;
        int bodyChunk = -1;
        int bodyOffset = -1;
        if (reader.Next() == 1)
        {
            bodyChunk = reader.Next();
            if (bodyChunk >= 0)
            {
                bodyOffset = reader.Next();
                reader.Skip(1);
            }
        }
        else
        {
            reader = Reader(body);
            reader.SkipText();
        }

        int paragraphs = reader.Position;
        reader.Skip(reader.Next() * ParagraphStride);
        int mentions = reader.Position;
        reader.Skip(reader.Next() * MentionStride);
        int quotes = reader.Position;
        reader.Skip(reader.Next() * QuoteStride);
        var layout = new Layout(body, bodyChunk, bodyOffset, paragraphs, mentions, quotes, reader.Position);
        Interlocked.CompareExchange(ref _layout, layout, null);
        return _layout!;
    }

    /// <summary>
    /// Byte offsets of the record's parts in its chunk, and where the body's UTF-8 bytes lie
    /// when the body is one UTF-8 part (<see cref="BodyOffset"/> is -1 otherwise: a very long
    /// body in several chunks, or one with a lone surrogate).
    /// </summary>
    private sealed record Layout(int Body, int BodyChunk, int BodyOffset, int Paragraphs, int Mentions, int Quotes, int Terms);
}
