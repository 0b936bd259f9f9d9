using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;
using System.Threading;

namespace Corpus.Model;

/// <summary>
/// An annotated article. The generated corpus derives one class per article (exposing its
/// <c>#named</c> quotes and mentions as properties). Text is decoded from UTF-8 data on
/// first use, and annotations from a compact integer table: nothing parses the annotation
/// format at run time, and an article that is never touched costs nothing.
/// </summary>
public abstract class Article
{
    /// <summary>Names of the texts that annotations point into, by the index the data uses.</summary>
    private static readonly string[] FieldNames = { "body", "summary", "image", "image-credit", "note" };

    private const int DataVersion = 2;

    private readonly CorpusCatalog _catalog;
    private readonly ArticleInfo _info;
    private string? _text;
    private IReadOnlyList<Paragraph>? _paragraphs;
    private IReadOnlyList<Mention>? _mentions;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<Term>? _terms;
    private IReadOnlyDictionary<string, string>? _metadata;

    /// <summary>Creates the article; called by generated code.</summary>
    protected Article(CorpusCatalog catalog, ArticleInfo info)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _info = info ?? throw new ArgumentNullException(nameof(info));
    }

    /// <summary>The kebab-case id.</summary>
    public string Id => _info.Id;

    /// <summary>The headline.</summary>
    public string Title => _info.Title;

    /// <summary>The dek or standfirst, as plain text (annotations removed).</summary>
    public string? Summary => _info.Summary;

    /// <summary>The caption of the main image.</summary>
    public string? Image => _info.Image;

    /// <summary>The credit line of the main image.</summary>
    public string? ImageCredit => _info.ImageCredit;

    /// <summary>An editorial note, such as a correction.</summary>
    public string? Note => _info.Note;

    /// <summary>The source's name: the source entity's name, or the plain text given.</summary>
    public string? Source => SourceEntity?.Name ?? _info.Source;

    /// <summary>The source as an entity (a newspaper, an agency), when it is one.</summary>
    public Entity? SourceEntity => _info.SourceEntityId is null ? null : _catalog.FindEntity(_info.SourceEntityId);

    /// <summary>The authors, in order.</summary>
    public IReadOnlyList<string> Byline => _info.Byline;

    /// <summary>The publication date, when known.</summary>
    public DateOnly? Published => _info.Published;

    /// <summary>The date of the last update, when known.</summary>
    public DateOnly? Updated => _info.Updated;

    /// <summary>The BCP 47 language tag (default <c>en</c>).</summary>
    public string Language => _info.Language;

    /// <summary>Kebab-case labels.</summary>
    public IReadOnlyList<string> Tags => _info.Tags;

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
    /// The body text. By default it is decoded from <see cref="Utf8Body"/>; generated code
    /// overrides it for a body kept in several literals (a very long one, or one with a lone
    /// surrogate, which UTF-8 cannot hold).
    /// </summary>
    protected virtual string LoadText() => Decode(Utf8Body);

    /// <summary>
    /// The whole body as UTF-8, when generated code keeps it in one literal; empty otherwise.
    /// A quote or mention then decodes only its own bytes, never the whole text.
    /// </summary>
    protected virtual ReadOnlySpan<byte> Utf8Body => default;

    /// <summary>Paragraphs, mentions, quotes and terms as a compact integer table (see the generator's docs).</summary>
    protected abstract ReadOnlySpan<int> AnnotationData { get; }

    /// <summary>Decodes one UTF-8 chunk of text.</summary>
    protected static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    /// <summary>
    /// The text of an annotation: from the decoded field when it is at hand, else from the
    /// body's UTF-8 bytes at the offsets the generator recorded (<paramref name="utf8Start"/>
    /// is negative outside the body).
    /// </summary>
    internal string Slice(string field, int start, int length, int utf8Start, int utf8Length)
    {
        if (_text is null && utf8Start >= 0)
        {
            ReadOnlySpan<byte> body = Utf8Body;
            if (!body.IsEmpty)
            {
                return Decode(body.Slice(utf8Start, utf8Length));
            }
        }

        return GetFieldText(field).Substring(start, length);
    }

    private string InitializeText()
    {
        Interlocked.CompareExchange(ref _text, LoadText(), null);
        return _text!;
    }

    private IReadOnlyDictionary<string, string> InitializeMetadata()
    {
        var map = new Dictionary<string, string>(_info.Metadata.Length / 2, StringComparer.Ordinal);
        for (int i = 0; i + 1 < _info.Metadata.Length; i += 2)
        {
            map[_info.Metadata[i]] = _info.Metadata[i + 1];
        }

        Interlocked.CompareExchange(ref _metadata, new ReadOnlyDictionary<string, string>(map), null);
        return _metadata!;
    }

    // The table: [version, paragraphs (start, length)…, mentions (field, start, length,
    // utf8 start, utf8 length, entity)…, quotes (field, start, length, utf8 start, utf8 length,
    // speaker or -1, kind, paragraph)…, terms (field, start, length)…], each list after its
    // count. Each list is decoded on its own first use, so walking the quotes of every article
    // creates no mention and no paragraph.
    private const int ParagraphStride = 2;
    private const int MentionStride = 6;
    private const int QuoteStride = 8;
    private const int TermStride = 3;

    private IReadOnlyList<Paragraph> GetParagraphs()
    {
        if (_paragraphs is null)
        {
            ReadOnlySpan<int> data = AnnotationData;
            int at = SectionStart(data, 0);
            var paragraphs = new Paragraph[data[at++]];
            for (int i = 0; i < paragraphs.Length; i++, at += ParagraphStride)
            {
                paragraphs[i] = new Paragraph(this, i, data[at], data[at + 1]);
            }

            Interlocked.CompareExchange(ref _paragraphs, Array.AsReadOnly(paragraphs), null);
        }

        return _paragraphs!;
    }

    private IReadOnlyList<Mention> GetMentions()
    {
        if (_mentions is null)
        {
            ReadOnlySpan<int> data = AnnotationData;
            int at = SectionStart(data, 1);
            var mentions = new Mention[data[at++]];
            for (int i = 0; i < mentions.Length; i++, at += MentionStride)
            {
                mentions[i] = new Mention(this, _catalog.Entities[data[at + 5]], FieldNames[data[at]], data[at + 1], data[at + 2], data[at + 3], data[at + 4]);
            }

            Interlocked.CompareExchange(ref _mentions, Array.AsReadOnly(mentions), null);
        }

        return _mentions!;
    }

    private IReadOnlyList<Quote> GetQuotes()
    {
        if (_quotes is null)
        {
            ReadOnlySpan<int> data = AnnotationData;
            int at = SectionStart(data, 2);
            var quotes = new Quote[data[at++]];
            for (int i = 0; i < quotes.Length; i++, at += QuoteStride)
            {
                Entity? speaker = data[at + 5] < 0 ? null : _catalog.Entities[data[at + 5]];
                quotes[i] = new Quote(this, speaker, (QuoteKind)data[at + 6], FieldNames[data[at]], data[at + 1], data[at + 2], data[at + 3], data[at + 4], data[at + 7]);
            }

            Interlocked.CompareExchange(ref _quotes, Array.AsReadOnly(quotes), null);
        }

        return _quotes!;
    }

    private IReadOnlyList<Term> GetTerms()
    {
        if (_terms is null)
        {
            ReadOnlySpan<int> data = AnnotationData;
            int at = SectionStart(data, 3);
            var terms = new Term[data[at++]];
            for (int i = 0; i < terms.Length; i++, at += TermStride)
            {
                terms[i] = new Term(this, FieldNames[data[at]], data[at + 1], data[at + 2]);
            }

            Interlocked.CompareExchange(ref _terms, Array.AsReadOnly(terms), null);
        }

        return _terms!;
    }

    /// <summary>Where a list's count sits in the table (0 paragraphs, 1 mentions, 2 quotes, 3 terms): a few additions, no decoding.</summary>
    private int SectionStart(ReadOnlySpan<int> data, int section)
    {
        if (data.Length == 0 || data[0] != DataVersion)
        {
            throw new InvalidOperationException("The article '" + Id + "' was generated for another version of Corpus.Model.");
        }

        int at = 1;
        at += 1 + (data[at] * ParagraphStride);
        if (section == 0)
        {
            return 1;
        }

        if (section == 1)
        {
            return at;
        }

        at += 1 + (data[at] * MentionStride);
        return section == 2 ? at : at + 1 + (data[at] * QuoteStride);
    }
}
