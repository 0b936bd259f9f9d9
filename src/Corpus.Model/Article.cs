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

    private const int DataVersion = 1;

    private readonly CorpusCatalog _catalog;
    private readonly ArticleInfo _info;
    private string? _text;
    private Annotations? _annotations;
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
    public IReadOnlyList<Paragraph> Paragraphs => GetAnnotations().Paragraphs;

    /// <summary>Every mention, the body's first, in text order.</summary>
    public IReadOnlyList<Mention> Mentions => GetAnnotations().Mentions;

    /// <summary>Every quotation with a speaker or left unattributed, in text order.</summary>
    public IReadOnlyList<Quote> Quotes => GetAnnotations().Quotes;

    /// <summary>Quotation marks around terms, idioms and titles (not speech).</summary>
    public IReadOnlyList<Term> Terms => GetAnnotations().Terms;

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

    /// <summary>The body text; generated code decodes its UTF-8 data here.</summary>
    protected abstract string LoadText();

    /// <summary>Paragraphs, mentions, quotes and terms as a compact integer table (see the generator's docs).</summary>
    protected abstract ReadOnlySpan<int> AnnotationData { get; }

    /// <summary>Decodes one UTF-8 chunk of text.</summary>
    protected static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

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

    private Annotations GetAnnotations()
    {
        if (_annotations is null)
        {
            Interlocked.CompareExchange(ref _annotations, DecodeAnnotations(), null);
        }

        return _annotations!;
    }

    private Annotations DecodeAnnotations()
    {
        ReadOnlySpan<int> data = AnnotationData;
        int at = 0;
        if (data.Length == 0 || data[at++] != DataVersion)
        {
            throw new InvalidOperationException("The article '" + Id + "' was generated for another version of Corpus.Model.");
        }

        var paragraphs = new Paragraph[data[at++]];
        for (int i = 0; i < paragraphs.Length; i++, at += 2)
        {
            paragraphs[i] = new Paragraph(this, i, data[at], data[at + 1]);
        }

        var mentions = new Mention[data[at++]];
        for (int i = 0; i < mentions.Length; i++, at += 4)
        {
            mentions[i] = new Mention(this, _catalog.Entities[data[at + 3]], FieldNames[data[at]], data[at + 1], data[at + 2]);
        }

        var quotes = new Quote[data[at++]];
        for (int i = 0; i < quotes.Length; i++, at += 6)
        {
            Entity? speaker = data[at + 3] < 0 ? null : _catalog.Entities[data[at + 3]];
            quotes[i] = new Quote(this, speaker, (QuoteKind)data[at + 4], FieldNames[data[at]], data[at + 1], data[at + 2], data[at + 5]);
        }

        var terms = new Term[data[at++]];
        for (int i = 0; i < terms.Length; i++, at += 3)
        {
            terms[i] = new Term(this, FieldNames[data[at]], data[at + 1], data[at + 2]);
        }

        return new Annotations(paragraphs, mentions, quotes, terms);
    }

    private sealed class Annotations
    {
        public Annotations(Paragraph[] paragraphs, Mention[] mentions, Quote[] quotes, Term[] terms)
        {
            Paragraphs = Array.AsReadOnly(paragraphs);
            Mentions = Array.AsReadOnly(mentions);
            Quotes = Array.AsReadOnly(quotes);
            Terms = Array.AsReadOnly(terms);
        }

        public IReadOnlyList<Paragraph> Paragraphs { get; }

        public IReadOnlyList<Mention> Mentions { get; }

        public IReadOnlyList<Quote> Quotes { get; }

        public IReadOnlyList<Term> Terms { get; }
    }
}
