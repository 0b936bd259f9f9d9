using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Corpus.Cli.Brat;
using Corpus.Cli.Console;
using Corpus.Cli.Export;
using Corpus.Cli.Text;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;

namespace Corpus.Cli.Import;

/// <summary>What an import did: counts, the warnings, and the check of the corpus it wrote.</summary>
internal sealed class ImportResult
{
    public int Documents { get; set; }

    public int Mentions { get; set; }

    public int Quotations { get; set; }

    public int Terms { get; set; }

    public int Entities { get; set; }

    public int LeftOut { get; set; }

    public List<string> Warnings { get; } = new();

    /// <summary>With --attribution: attributions whose source names someone, was resolved from a pronoun or description, or was not resolved.</summary>
    public int NamedSources { get; set; }

    public int ResolvedSources { get; set; }

    public int UnresolvedSources { get; set; }

    /// <summary>With --annotator: attributions on which another annotator of the same document differs.</summary>
    public int Disagreements { get; set; }

    /// <summary>The brat lines not carried into the corpus (relations, attributes, events, notes…), by kind and type.</summary>
    public NotImportedTally NotImported { get; } = new();

    public List<CorpusDiagnostic> Diagnostics { get; } = new();
}

/// <summary>
/// <c>corpus import brat</c>: reads every <c>*.ann</c> below a folder with its <c>.txt</c>,
/// maps the annotation types to kinds (<see cref="KindMapping"/>), and writes
/// <c>entities.txt</c> and <c>articles/{id}.txt</c> in our format. The text becomes the
/// body (paragraphs at blank lines); spans keep their exact text. Every article written is
/// parsed back with Corpus.Syntax: a quotation whose kind the format would infer differently
/// gets an explicit <c>direct</c>/<c>partial</c>, and any span that did not come back is
/// reported.
/// </summary>
internal sealed class BratImporter
{
    private readonly KindMapping _mapping;
    private readonly OffsetUnit _unit;
    private readonly bool _escapeUnannotatedQuotes;
    private BratConfiguration.Lookup? _configurations;

    private readonly bool _attribution;
    private readonly string? _annotator;

    public BratImporter(KindMapping mapping, OffsetUnit unit, bool escapeUnannotatedQuotes, bool attribution = false, string? annotator = null)
    {
        _mapping = mapping;
        _unit = unit;
        _escapeUnannotatedQuotes = escapeUnannotatedQuotes;
        _attribution = attribution;
        _annotator = annotator;
    }

    public ImportResult Import(string sourceDirectory, string outputDirectory, ProgressScope progress)
    {
        var result = new ImportResult();
        var annFiles = new List<string>(Directory.EnumerateFiles(sourceDirectory, "*.ann", SearchOption.AllDirectories));
        annFiles.Sort(StringComparer.Ordinal);
        if (_annotator is not null)
        {
            annFiles = ChooseAnnotator(sourceDirectory, annFiles, result);
        }
        var documents = new List<Document>(annFiles.Count);
        var unknownTypes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        _configurations = new BratConfiguration.Lookup(sourceDirectory);
        ProgressStep reading = progress.Start("Reading " + annFiles.Count + " brat documents", annFiles.Count);
        foreach (string annPath in annFiles)
        {
            Document? document = Read(sourceDirectory, annPath, result.Warnings, unknownTypes, result.NotImported);
            if (document is not null)
            {
                documents.Add(document);
                result.NamedSources += document.Attribution?.Named ?? 0;
                result.ResolvedSources += document.Attribution?.Resolved ?? 0;
                result.UnresolvedSources += document.Attribution?.Unresolved ?? 0;
            }

            reading.Advance();
        }

        reading.Complete();
        foreach (KeyValuePair<string, int> unknown in unknownTypes)
        {
            result.Warnings.Add("the brat type '" + unknown.Key + "' (" + LoadedCorpus.Plural(unknown.Value, "span") + ") maps to no kind and is left out; map it with --map " + unknown.Key + "=KIND");
        }

        foreach (string detail in result.NotImported.Details())
        {
            result.Warnings.Add("not imported: " + detail);
        }

        var registry = new EntityRegistryBuilder(result.Warnings);
        var files = new List<CorpusSourceFile>();
        int declared = 0;
        foreach ((string path, string text) in BratSideFiles.ReadRegistries(sourceDirectory))
        {
            // A registry carried by our own export: written back as it was, its ids kept.
            files.Add(new CorpusSourceFile(Path.Combine(outputDirectory, path).Replace('\\', '/'), text));
            foreach (EntityDeclaration entity in RegistryParser.Parse(path, text).Entities)
            {
                registry.Declare(entity.Id);
                declared++;
            }
        }

        AssignIds(documents, registry, result.Warnings);
        AssignArticleIds(documents);

        Dictionary<string, string> carriedPaths = BratSideFiles.ReadPaths(sourceDirectory);
        ProgressStep writing = progress.Start("Converting " + documents.Count + " documents", documents.Count);
        string registryText = registry.Write(result.Warnings);
        if (files.Count == 0 || registry.Count > 0)
        {
            string name = files.Count == 0 ? "entities.txt" : "imported.entities.txt";
            files.Add(new CorpusSourceFile(Path.Combine(outputDirectory, name).Replace('\\', '/'), registryText));
        }

        foreach (Document document in documents)
        {
            // Our own export says where each article was; anything else goes to articles/{id}.txt.
            string file = document.Stem == document.ArticleId && carriedPaths.TryGetValue(document.ArticleId, out string? carried) ? carried : "articles/" + document.ArticleId + ".txt";
            document.OutputPath = Path.Combine(outputDirectory, file).Replace('\\', '/');
            document.Markup = Convert(document, result.Warnings);
            files.Add(new CorpusSourceFile(document.OutputPath, document.Markup));
            result.Mentions += Count(document.Written, ImportRole.Mention);
            result.Quotations += Count(document.Written, ImportRole.Quotation);
            result.Terms += Count(document.Written, ImportRole.Term);
            result.LeftOut += document.Skipped + document.Spans.Count - document.Written.Count;
            writing.Advance();
        }

        writing.Complete();
        Verify(files, documents, result);
        foreach (CorpusSourceFile file in files)
        {
            OutputFiles.Write(file.Path, file.Text);
        }

        result.Documents = documents.Count;
        result.Entities = registry.Count + declared;
        return result;
    }

    private Document? Read(string root, string annPath, List<string> warnings, SortedDictionary<string, int> unknownTypes, NotImportedTally tally)
    {
        string relative = Path.GetRelativePath(root, annPath).Replace('\\', '/');
        string txtPath = Path.ChangeExtension(annPath, ".txt");
        if (!File.Exists(txtPath))
        {
            warnings.Add(relative + ": no .txt beside it, skipped");
            return null;
        }

        string raw = File.ReadAllText(txtPath, new UTF8Encoding(false, false));
        var annWarnings = new List<string>();
        BratAnnotations ann = BratAnnotations.Parse(File.ReadAllText(annPath, new UTF8Encoding(false, false)), annWarnings);
        foreach (string warning in annWarnings)
        {
            warnings.Add(relative + ": " + warning);
        }

        BratConfiguration? configuration = _configurations!.For(Path.GetDirectoryName(annPath)!);
        var triggers = new HashSet<string>(StringComparer.Ordinal);
        foreach (BratEvent e in ann.Events)
        {
            triggers.Add(e.Trigger);
        }

        OffsetConverter offsets = OffsetConverter.For(raw, _unit);
        var mismatch = new MismatchHint(raw, _unit);
        var document = new Document(relative, Path.GetFileNameWithoutExtension(annPath), ann);
        string frontMatterPath = Path.ChangeExtension(annPath, BratSideFiles.FrontMatterExtension);
        if (File.Exists(frontMatterPath))
        {
            document.FrontMatter = File.ReadAllText(frontMatterPath, new UTF8Encoding(false, false));
        }

        var boundaries = new List<int>();
        AttributionLinks? links = _attribution ? ReadAttribution(ann, offsets, warnings, relative) : null;
        document.Attribution = links;
        foreach (BratSpan span in ann.Spans)
        {
            TypeTarget target;
            if (links is not null && links.Consumed.Contains(span.Id))
            {
                if (links.SpeakerSpanOf.ContainsKey(span.Id))
                {
                    target = new TypeTarget(ImportRole.Quotation, default);
                }
                else if (links.NamedSources.TryGetValue(span.Id, out EntityKind sourceKind))
                {
                    target = new TypeTarget(ImportRole.Mention, sourceKind);
                }
                else
                {
                    // Cues, and sources or contents that no attribution links.
                    tally.Add("T attribution spans", span.Type);
                    continue;
                }
            }
            else if (!_mapping.TryMap(span.Type, out target))
            {
                if (triggers.Contains(span.Id) || (configuration is not null && configuration.Events.Contains(span.Type)))
                {
                    // An event's trigger word is no entity: counted with the events, not as an unmapped entity type.
                    tally.Add(NotImportedTally.TriggerKind, span.Type);
                    continue;
                }

                unknownTypes[span.Type] = unknownTypes.TryGetValue(span.Type, out int n) ? n + 1 : 1;
                document.Skipped++;
                continue;
            }

            if (target.Role == ImportRole.Ignore)
            {
                continue;
            }

            if (!AllValid(span, offsets))
            {
                warnings.Add(relative + ": " + span.Id + ": offsets " + Offsets(span) + " lie outside the text (" + offsets.Length + " " + _unit.Name() + " units), left out");
                document.Skipped++;
                continue;
            }

            int start = offsets.ToUtf16(span.Start);
            int end = offsets.ToUtf16(span.End);
            string written = Surface(raw, span.Fragments, offsets);
            if (!string.Equals(written, span.Text, StringComparison.Ordinal) &&
                !string.Equals(Surface(raw, span.SortedFragments(), offsets), span.Text, StringComparison.Ordinal) && span.Text.Length > 0)
            {
                // Importing the text at the offsets would make up a mention nobody annotated.
                warnings.Add(relative + ": " + span.Id + ": the .ann says '" + OneLine(span.Text) + "' but the text at " + Offsets(span) + " is '" + OneLine(written) + "', left out" + mismatch.For(span));
                document.Skipped++;
                continue;
            }

            string? gap = WordsInGaps(raw, span, offsets);
            if (gap is not null)
            {
                // The inline format marks one continuous stretch of text; covering the gap would annotate words nobody chose.
                warnings.Add(relative + ": " + span.Id + ": a discontinuous span (" + Offsets(span) + ", '" + OneLine(span.Text) + "') skips '" + OneLine(gap) + "', which the inline format cannot leave out; left out");
                document.Skipped++;
                continue;
            }

            if (string.IsNullOrWhiteSpace(raw.Substring(start, end - start)))
            {
                // An empty mention would make an entity without a name.
                warnings.Add(relative + ": " + span.Id + ": an empty span, left out");
                document.Skipped++;
                continue;
            }

            if (target.Role is ImportRole.Quotation or ImportRole.Term && end - start >= 2 && IsOpeningMark(raw[start]) && IsClosingMark(raw[end - 1]))
            {
                // Many tools annotate a quotation with its marks; ours spans the content between them.
                start++;
                end--;
            }

            document.Raw.Add(new RawSpan(span, target, start, end, raw.Substring(start, end - start)));
            boundaries.Add(start);
            boundaries.Add(end);
        }

        CountNotImported(document, tally);
        document.Text = TextCanonicalizer.Create(raw, boundaries);
        return document;
    }

    private AttributionLinks ReadAttribution(BratAnnotations ann, OffsetConverter offsets, List<string> warnings, string relative)
    {
        var mentionKinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (BratSpan span in ann.Spans)
        {
            if (!AttributionLinks.IsAttributionType(span.Type) && _mapping.TryMap(span.Type, out TypeTarget target) && target.Role == ImportRole.Mention)
            {
                mentionKinds[span.Id] = target.Kind;
            }
        }

        return AttributionLinks.Read(ann, offsets, mentionKinds, warnings, relative);
    }

    /// <summary>
    /// With <c>--annotator NAME</c>, documents are laid out one folder per annotator
    /// (<c>NAME/doc.ann</c>): keeps NAME's, and reports where another annotator's attributions of
    /// the same document differ (content spans and source texts).
    /// </summary>
    private List<string> ChooseAnnotator(string root, List<string> annFiles, ImportResult result)
    {
        var byAnnotator = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (string path in annFiles)
        {
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            int slash = relative.IndexOf('/', StringComparison.Ordinal);
            string annotator = slash < 0 ? string.Empty : relative.Substring(0, slash);
            if (!byAnnotator.TryGetValue(annotator, out Dictionary<string, string>? files))
            {
                files = new Dictionary<string, string>(StringComparer.Ordinal);
                byAnnotator.Add(annotator, files);
            }

            files[relative.Substring(slash + 1)] = path;
        }

        if (!byAnnotator.TryGetValue(_annotator!, out Dictionary<string, string>? chosen))
        {
            var names = new List<string>(byAnnotator.Keys);
            names.Remove(string.Empty);
            names.Sort(StringComparer.Ordinal);
            throw new CliException("no annotator folder '" + _annotator + "' in '" + root + "' (found " + (names.Count == 0 ? "none" : string.Join(", ", names)) + ")");
        }

        var selected = new List<string>(chosen.Values);
        selected.Sort(StringComparer.Ordinal);
        var others = new List<string>(byAnnotator.Keys);
        others.Sort(StringComparer.Ordinal);
        foreach (string document in SortedKeys(chosen))
        {
            HashSet<(int, int, string)> mine = Pairs(chosen[document]);
            foreach (string other in others)
            {
                if (other == _annotator || !byAnnotator[other].TryGetValue(document, out string? theirsPath))
                {
                    continue;
                }

                HashSet<(int, int, string)> theirs = Pairs(theirsPath);
                var onlyMine = new HashSet<(int, int, string)>(mine);
                onlyMine.ExceptWith(theirs);
                var onlyTheirs = new HashSet<(int, int, string)>(theirs);
                onlyTheirs.ExceptWith(mine);
                if (onlyMine.Count + onlyTheirs.Count > 0)
                {
                    result.Disagreements += onlyMine.Count + onlyTheirs.Count;
                    result.Warnings.Add(_annotator + "/" + document + ": annotator " + other + " disagrees on " + (onlyMine.Count + onlyTheirs.Count) + " attributions (" + onlyMine.Count + " only here, " + onlyTheirs.Count + " only there, of " + mine.Count + " and " + theirs.Count + ")");
                }
            }
        }

        return selected;
    }

    private HashSet<(int, int, string)> Pairs(string annPath)
    {
        string txtPath = Path.ChangeExtension(annPath, ".txt");
        string raw = File.Exists(txtPath) ? File.ReadAllText(txtPath, new UTF8Encoding(false, false)) : string.Empty;
        BratAnnotations ann = BratAnnotations.Parse(File.ReadAllText(annPath, new UTF8Encoding(false, false)), new List<string>());
        var pairs = new HashSet<(int, int, string)>();
        foreach ((int start, int end, string source) in AttributionLinks.Read(ann, OffsetConverter.For(raw, _unit), new Dictionary<string, EntityKind>(StringComparer.Ordinal), new List<string>(), annPath).Pairs)
        {
            pairs.Add((start, end, source));
        }

        return pairs;
    }

    private static List<string> SortedKeys(Dictionary<string, string> dictionary)
    {
        var keys = new List<string>(dictionary.Keys);
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    /// <summary>Counts every line of the document that the import does not carry over, by kind and type.</summary>
    private static void CountNotImported(Document document, NotImportedTally tally)
    {
        var roles = new Dictionary<string, ImportRole>(StringComparer.Ordinal);
        foreach (RawSpan raw in document.Raw)
        {
            roles[raw.Span.Id] = raw.Target.Role;
        }

        foreach (BratRelation relation in document.Annotations.Relations)
        {
            if (document.Attribution is not null && document.Attribution.UsedLinks.Contains(relation.Id))
            {
                continue;
            }

            bool speaker = string.Equals(relation.Type, BratTypes.SpeakerRelation, StringComparison.OrdinalIgnoreCase) &&
                roles.TryGetValue(relation.Arg1, out ImportRole a) && roles.TryGetValue(relation.Arg2, out ImportRole b) &&
                ((a == ImportRole.Quotation && b == ImportRole.Mention) || (a == ImportRole.Mention && b == ImportRole.Quotation));
            if (!speaker)
            {
                tally.Add("R relations", relation.Type);
            }
        }

        foreach (BratAttribute attribute in document.Annotations.Attributes)
        {
            bool used = roles.TryGetValue(attribute.Target, out ImportRole role) &&
                ((role == ImportRole.Quotation && string.Equals(attribute.Name, BratTypes.QuoteKindAttribute, StringComparison.OrdinalIgnoreCase)) ||
                 (role != ImportRole.Term && string.Equals(attribute.Name, BratTypes.NameAttribute, StringComparison.OrdinalIgnoreCase)));
            if (!used)
            {
                tally.Add(attribute.Kind == 'M' ? "M attributes" : "A attributes", attribute.Name);
            }
        }

        foreach (BratNormalization n in document.Annotations.Normalizations)
        {
            // corpus: and Wikidata: keys are kept (ids, wikidata:); another database's key only groups mentions into one entity.
            bool kept = roles.TryGetValue(n.Target, out ImportRole role) && role != ImportRole.Term &&
                (string.Equals(n.Database, BratTypes.CorpusDatabase, StringComparison.Ordinal) ||
                 string.Equals(n.Database, BratTypes.WikidataDatabase, StringComparison.OrdinalIgnoreCase) ||
                 (role == ImportRole.Quotation && !string.IsNullOrWhiteSpace(n.Text)));
            if (!kept)
            {
                tally.Add("N normalisations", n.Database);
            }
        }

        foreach (BratEvent e in document.Annotations.Events)
        {
            if (document.Attribution is not null && document.Attribution.UsedLinks.Contains(e.Id))
            {
                continue;
            }

            tally.Add("E events", e.Type);
        }

        foreach (BratOtherLine other in document.Annotations.OtherLines)
        {
            tally.Add(other.Kind == '#' ? "# notes" : "* equivalences", other.Type);
        }
    }

    private static bool AllValid(BratSpan span, OffsetConverter offsets)
    {
        foreach (BratFragment fragment in span.Fragments)
        {
            if (!offsets.IsValid(fragment.Start) || !offsets.IsValid(fragment.End))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first stretch of text between two fragments that holds more than white space, or null.</summary>
    /// <remarks>Gaps of white space only (a quotation split at its paragraph breaks, as brat and our export split it) are no gaps.</remarks>
    private static string? WordsInGaps(string raw, BratSpan span, OffsetConverter offsets)
    {
        IReadOnlyList<BratFragment> sorted = span.SortedFragments();
        int covered = offsets.ToUtf16(sorted[0].End);
        for (int i = 1; i < sorted.Count; i++)
        {
            int next = offsets.ToUtf16(sorted[i].Start);
            if (next > covered && !string.IsNullOrWhiteSpace(raw.Substring(covered, next - covered)))
            {
                return raw.Substring(covered, next - covered).Trim();
            }

            covered = Math.Max(covered, offsets.ToUtf16(sorted[i].End));
        }

        return null;
    }

    private static string Offsets(BratSpan span)
    {
        var text = new StringBuilder();
        foreach (BratFragment fragment in span.Fragments)
        {
            text.Append(text.Length > 0 ? ";" : string.Empty)
                .Append(fragment.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('-')
                .Append(fragment.End.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>Entity ids: ids given by corpus normalisations first, so that made-up ids never take them.</summary>
    private static void AssignIds(List<Document> documents, EntityRegistryBuilder registry, List<string> warnings)
    {
        foreach (Document document in documents)
        {
            foreach (RawSpan raw in document.Raw)
            {
                foreach (BratNormalization n in document.Normalizations(raw.Span.Id))
                {
                    if (string.Equals(n.Database, BratTypes.CorpusDatabase, StringComparison.Ordinal))
                    {
                        registry.Reserve(n.Key, n.Text);
                    }
                }
            }
        }

        foreach (Document document in documents)
        {
            var entityOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (RawSpan raw in document.Raw)
            {
                if (raw.Target.Role != ImportRole.Mention)
                {
                    continue;
                }

                BratNormalization? corpus = null, other = null;
                foreach (BratNormalization n in document.Normalizations(raw.Span.Id))
                {
                    if (string.Equals(n.Database, BratTypes.CorpusDatabase, StringComparison.Ordinal))
                    {
                        corpus ??= n;
                    }
                    else
                    {
                        other ??= n;
                    }
                }

                BratNormalization? chosen = corpus ?? other;
                string source = document.RelativePath + ": " + raw.Span.Id;
                // The surface as the article will hold it: a line break inside a paragraph becomes a space.
                int from = document.Text!.Map(raw.Start);
                string surface = document.Text.Text.Substring(from, document.Text.Map(raw.End) - from);
                string id = registry.Mention(raw.Target.Kind, surface, chosen?.Database, chosen?.Key, chosen?.Text, warnings, source);
                if (corpus is not null && other is not null && string.Equals(other.Database, BratTypes.WikidataDatabase, StringComparison.OrdinalIgnoreCase))
                {
                    registry.SetWikidata(id, other.Key);
                }

                entityOf[raw.Span.Id] = id;
            }

            foreach (RawSpan raw in document.Raw)
            {
                string source = document.RelativePath + ": " + raw.Span.Id;
                string? id = raw.Target.Role == ImportRole.Mention ? entityOf[raw.Span.Id] : null;
                QuoteKind? kind = null;
                string? name = null;
                foreach (BratAttribute attribute in document.AttributesOf(raw.Span.Id))
                {
                    if (string.Equals(attribute.Name, BratTypes.QuoteKindAttribute, StringComparison.OrdinalIgnoreCase))
                    {
                        kind = attribute.Value?.ToUpperInvariant() switch
                        {
                            "DIRECT" => QuoteKind.Direct,
                            "PARTIAL" => QuoteKind.Partial,
                            "INDIRECT" => QuoteKind.Indirect,
                            _ => null,
                        };
                    }
                    else if (string.Equals(attribute.Name, BratTypes.NameAttribute, StringComparison.OrdinalIgnoreCase))
                    {
                        if (Corpus.Syntax.Naming.Ids.IsValid(attribute.Value))
                        {
                            name = attribute.Value;
                        }
                        else
                        {
                            warnings.Add(source + ": the name '" + attribute.Value + "' is not kebab-case, left out");
                        }
                    }
                }

                if (raw.Target.Role == ImportRole.Quotation)
                {
                    id = SpeakerOf(document, raw, entityOf, registry, warnings, source);
                }

                if (raw.Target.Role == ImportRole.Term)
                {
                    name = null;
                }

                int start = document.Text!.Map(raw.Start);
                int end = document.Text.Map(raw.End);
                document.Spans.Add(new ImportedSpan(raw.Target.Role, start, end, id, kind, name, document.RelativePath + ": " + raw.Span.Id));
            }
        }
    }

    /// <summary>The speaker: a <c>corpus:</c> normalisation, a <c>Speaker</c> relation to a mention, or another normalisation's name.</summary>
    private static string? SpeakerOf(Document document, RawSpan quote, Dictionary<string, string> entityOf, EntityRegistryBuilder registry, List<string> warnings, string source)
    {
        if (document.Attribution is not null && document.Attribution.SpeakerSpanOf.TryGetValue(quote.Span.Id, out string? speakerSpan))
        {
            // Resolved (or reported as unresolvable) by the attribution reader.
            return speakerSpan is not null && entityOf.TryGetValue(speakerSpan, out string? speaker) ? speaker : null;
        }

        BratNormalization? other = null;
        foreach (BratNormalization n in document.Normalizations(quote.Span.Id))
        {
            if (string.Equals(n.Database, BratTypes.CorpusDatabase, StringComparison.Ordinal))
            {
                return registry.Reserve(n.Key, n.Text);
            }

            other ??= n;
        }

        foreach (BratRelation relation in document.RelationsOf(quote.Span.Id))
        {
            if (!string.Equals(relation.Type, BratTypes.SpeakerRelation, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string? partner = relation.Arg1 == quote.Span.Id ? relation.Arg2 : relation.Arg2 == quote.Span.Id ? relation.Arg1 : null;
            if (partner is not null && entityOf.TryGetValue(partner, out string? id))
            {
                return id;
            }
        }

        if (other is not null && !string.IsNullOrWhiteSpace(other.Text))
        {
            return registry.Speaker(other.Text);
        }

        warnings.Add(source + ": no speaker (a corpus: normalisation or a Speaker relation); imported as an unattributed quotation");
        return null;
    }

    private static void AssignArticleIds(List<Document> documents)
    {
        IdAllocator ids = IdAllocator.ForArticles();
        foreach (Document document in documents)
        {
            document.ArticleId = ids.Allocate(Slugs.From(document.Stem) ?? "article", "article");
        }
    }

    /// <summary>Writes the article twice when needed: the second time with the quote kinds that the first parse inferred differently.</summary>
    private string Convert(Document document, List<string> warnings)
    {
        string text = document.Text!.Text;
        var overrides = new HashSet<ImportedSpan>();
        var scratch = new List<string>();
        string markup = Frame(document, ArticleMarkupWriter.Write(text, document.Spans, overrides, _escapeUnannotatedQuotes, scratch, out List<ImportedSpan> written));
        ArticleFile parsed = ArticleParser.Parse(document.OutputPath!, markup);
        var inferred = new Dictionary<(int, int), QuoteKind>();
        foreach (QuotationSyntax quote in parsed.Quotations)
        {
            if (quote.Field == ArticleFields.Body)
            {
                inferred[(quote.Start, quote.Start + quote.Length)] = quote.Kind;
            }
        }

        foreach (ImportedSpan span in written)
        {
            if (span.Role == ImportRole.Quotation && span.Kind is QuoteKind.Direct or QuoteKind.Partial &&
                inferred.TryGetValue((span.Start, span.End), out QuoteKind kind) && kind != span.Kind)
            {
                overrides.Add(span);
            }
        }

        if (overrides.Count > 0)
        {
            markup = Frame(document, ArticleMarkupWriter.Write(text, document.Spans, overrides, _escapeUnannotatedQuotes, new List<string>(), out written));
        }

        foreach (string warning in scratch)
        {
            warnings.Add(warning);
        }

        document.Written = written;
        return markup;
    }

    private static string Frame(Document document, string body)
    {
        if (document.FrontMatter is not null)
        {
            return document.FrontMatter + body + "\n";
        }

        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(document.Stem.Replace('\n', ' ').Trim()).Append('\n');
        text.Append("x-imported-from: ").Append(document.RelativePath).Append('\n');
        text.Append("---\n");
        text.Append(body).Append('\n');
        return text.ToString();
    }

    /// <summary>Compiles what was written, as <c>corpus check</c> would, and reports spans that did not come back.</summary>
    private static void Verify(List<CorpusSourceFile> files, List<Document> documents, ImportResult result)
    {
        CorpusCompilation compilation = CorpusCompilation.Create(files);
        result.Diagnostics.AddRange(compilation.Diagnostics);
        var byPath = new Dictionary<string, ArticleFile>(StringComparer.Ordinal);
        foreach (BoundArticle bound in compilation.Articles)
        {
            byPath[bound.Article.FilePath] = bound.Article;
        }

        foreach (Document document in documents)
        {
            if (!byPath.TryGetValue(document.OutputPath!, out ArticleFile? article))
            {
                result.Warnings.Add(document.RelativePath + ": the article written from it does not compile (see the diagnostics)");
                continue;
            }

            var found = new HashSet<(ImportRole, int, int, string?)>();
            foreach (MentionSyntax m in article.Mentions)
            {
                found.Add((ImportRole.Mention, m.Start, m.Start + m.Length, m.Entity.Id));
            }

            foreach (QuotationSyntax q in article.Quotations)
            {
                found.Add((ImportRole.Quotation, q.Start, q.Start + q.Length, q.Speaker?.Id));
            }

            foreach (TermSyntax t in article.Terms)
            {
                found.Add((ImportRole.Term, t.Start, t.Start + t.Length, null));
            }

            foreach (ImportedSpan span in document.Written)
            {
                if (!found.Contains((span.Role, span.Start, span.End, span.EntityId)))
                {
                    result.Warnings.Add(span.Source + ": written to " + document.OutputPath + " but not read back from it" + (HasErrors(result.Diagnostics, document.OutputPath!) ? " (see the errors reported for that file)" : string.Empty) + ", left out");
                    result.LeftOut++;
                }
            }
        }
    }

    internal static string Surface(string raw, IReadOnlyList<BratFragment> fragments, OffsetConverter offsets)
    {
        var surface = new StringBuilder();
        foreach (BratFragment fragment in fragments)
        {
            if (!offsets.IsValid(fragment.Start) || !offsets.IsValid(fragment.End))
            {
                continue;
            }

            if (surface.Length > 0)
            {
                surface.Append(' ');
            }

            int a = offsets.ToUtf16(fragment.Start);
            surface.Append(raw, a, offsets.ToUtf16(fragment.End) - a);
        }

        return surface.ToString();
    }

    private static bool HasErrors(List<CorpusDiagnostic> diagnostics, string path)
    {
        foreach (CorpusDiagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error && string.Equals(diagnostic.FilePath, path, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpeningMark(char c) => c is '“' or '"';

    private static bool IsClosingMark(char c) => c is '”' or '"';

    private static string OneLine(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static int Count(List<ImportedSpan> spans, ImportRole role)
    {
        int count = 0;
        foreach (ImportedSpan span in spans)
        {
            if (span.Role == role)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A brat span that maps to something, in UTF-16 offsets of the raw text.</summary>
    private sealed record RawSpan(BratSpan Span, TypeTarget Target, int Start, int End, string Surface);

    private sealed class Document
    {
        private Dictionary<string, List<BratNormalization>>? _normalizations;
        private Dictionary<string, List<BratAttribute>>? _attributes;
        private Dictionary<string, List<BratRelation>>? _relations;

        public Document(string relativePath, string stem, BratAnnotations annotations)
        {
            RelativePath = relativePath;
            Stem = stem;
            Annotations = annotations;
        }

        public string RelativePath { get; }

        public string Stem { get; }

        public BratAnnotations Annotations { get; }

        public List<RawSpan> Raw { get; } = new();

        /// <summary>Spans left out on reading: unknown type, offsets outside the text, text that does not match.</summary>
        public int Skipped { get; set; }

        public TextCanonicalizer? Text { get; set; }

        public List<ImportedSpan> Spans { get; } = new();

        public List<ImportedSpan> Written { get; set; } = new();

        public string ArticleId { get; set; } = string.Empty;

        public string? OutputPath { get; set; }

        public string? Markup { get; set; }

        /// <summary>The attribution structures of the document, with <c>--attribution</c>.</summary>
        public AttributionLinks? Attribution { get; set; }

        /// <summary>The front matter carried by our own export (<c>{id}.front-matter</c>), written back as it was.</summary>
        public string? FrontMatter { get; set; }

        /// <summary>The attributes of one span (indexed once: a document may have thousands).</summary>
        public IReadOnlyList<BratAttribute> AttributesOf(string target)
        {
            if (_attributes is null)
            {
                _attributes = new Dictionary<string, List<BratAttribute>>(StringComparer.Ordinal);
                foreach (BratAttribute a in Annotations.Attributes)
                {
                    AddTo(_attributes, a.Target, a);
                }
            }

            return _attributes.TryGetValue(target, out List<BratAttribute>? found) ? found : Array.Empty<BratAttribute>();
        }

        /// <summary>The relations that have one span as either argument.</summary>
        public IReadOnlyList<BratRelation> RelationsOf(string target)
        {
            if (_relations is null)
            {
                _relations = new Dictionary<string, List<BratRelation>>(StringComparer.Ordinal);
                foreach (BratRelation r in Annotations.Relations)
                {
                    AddTo(_relations, r.Arg1, r);
                    if (r.Arg2 != r.Arg1)
                    {
                        AddTo(_relations, r.Arg2, r);
                    }
                }
            }

            return _relations.TryGetValue(target, out List<BratRelation>? found) ? found : Array.Empty<BratRelation>();
        }

        private static void AddTo<T>(Dictionary<string, List<T>> index, string key, T item)
        {
            if (!index.TryGetValue(key, out List<T>? list))
            {
                list = new List<T>();
                index.Add(key, list);
            }

            list.Add(item);
        }

        public IReadOnlyList<BratNormalization> Normalizations(string target)
        {
            if (_normalizations is null)
            {
                _normalizations = new Dictionary<string, List<BratNormalization>>(StringComparer.Ordinal);
                foreach (BratNormalization n in Annotations.Normalizations)
                {
                    if (!_normalizations.TryGetValue(n.Target, out List<BratNormalization>? list))
                    {
                        list = new List<BratNormalization>();
                        _normalizations.Add(n.Target, list);
                    }

                    list.Add(n);
                }
            }

            return _normalizations.TryGetValue(target, out List<BratNormalization>? found) ? found : Array.Empty<BratNormalization>();
        }
    }
}
