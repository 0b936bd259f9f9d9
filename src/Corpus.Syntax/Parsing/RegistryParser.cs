using System;
using System.Collections.Generic;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>
/// Parses an entity registry: blocks of <c>@id kind</c> and <c>key: value</c> lines,
/// separated by blank lines, with <c>#</c> comment lines. One pass over the lines.
/// </summary>
public static class RegistryParser
{
    private static readonly string[] Keys = { "name", "aliases", "description", "affiliations", "wikidata" };

    /// <param name="filePath">The path reported in diagnostics.</param>
    /// <param name="text">The decoded file.</param>
    /// <param name="cancellationToken">Checked line by line.</param>
    public static RegistryFile Parse(string filePath, string text, System.Threading.CancellationToken cancellationToken = default)
    {
        if (SourceChecks.IsTooLarge(filePath, text, out CorpusDiagnostic? tooLarge))
        {
            return new RegistryFile(filePath, EquatableArray<EntityDeclaration>.Empty, new[] { tooLarge! }.ToEquatableArray());
        }

        var lines = new LineMap(text);
        var diagnostics = new DiagnosticBag(filePath, lines);
        var entities = new List<EntityDeclaration>();
        var rejected = new List<string>();
        SourceChecks.Check(diagnostics, lines, isRegistry: true);

        Block? block = null;
        bool skippingBadBlock = false; // the header was reported; its lines would only cascade
        for (int number = 1; number <= lines.LineCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SourceLine line = lines.GetLine(number);
            string content = SourceChecks.WithoutLeadingMark(lines.GetLineText(number));
            int first = KeyValueLine.SkipBlanks(content, 0);
            if (first == content.Length)
            {
                Flush(ref block, entities, rejected, diagnostics);
                skippingBadBlock = false;
                continue;
            }

            char c = content[first];
            if (c == '#')
            {
                continue;
            }

            if (c == '@')
            {
                Flush(ref block, entities, rejected, diagnostics);
                block = ParseHeader(content, line.Start, first, diagnostics, rejected);
                skippingBadBlock = block is null;
                continue;
            }

            if (skippingBadBlock)
            {
                continue;
            }

            if (block is null || !KeyValueLine.TryParse(content, line.Start, out KeyValueLine pair))
            {
                diagnostics.Add(DiagnosticDescriptors.MalformedRegistryLine, line.Start + first, content.Length - first, Excerpt.Of(content.Trim()));
                continue;
            }

            block.Apply(pair, diagnostics);
        }

        Flush(ref block, entities, rejected, diagnostics);
        foreach (EntityDeclaration entity in entities)
        {
            rejected.Remove(entity.Id); // declared well elsewhere in the file: a duplicate, not a rejection
        }

        return new RegistryFile(filePath, entities.ToEquatableArray(), diagnostics.ToEquatableArray(), rejected.ToEquatableArray());
    }

    private static Block? ParseHeader(string content, int lineStart, int at, DiagnosticBag diagnostics, List<string> rejected)
    {
        int idStart = at + 1;
        int idEnd = idStart;
        while (idEnd < content.Length && !KeyValueLine.IsBlank(content[idEnd]))
        {
            idEnd++;
        }

        string id = content.Substring(idStart, idEnd - idStart);
        int kindStart = KeyValueLine.SkipBlanks(content, idEnd);
        int kindEnd = kindStart;
        while (kindEnd < content.Length && !KeyValueLine.IsBlank(content[kindEnd]))
        {
            kindEnd++;
        }

        string kindWord = content.Substring(kindStart, kindEnd - kindStart);
        int rest = KeyValueLine.SkipBlanks(content, kindEnd);
        if (id.Length == 0 || kindWord.Length == 0 || rest != content.Length)
        {
            diagnostics.Add(DiagnosticDescriptors.MalformedRegistryLine, lineStart + at, content.Length - at, Excerpt.Of(content.Substring(at).Trim()));

            // The articles' references to the entity this header meant ('@victor-cha' without
            // a kind, '@ victor-cha person') are not unknown: the header is the one mistake.
            Reject(id.Length > 0 ? id : kindWord, rejected);
            return null;
        }

        SourceSpan idSpan = diagnostics.Lines.GetSpan(lineStart + at, idEnd - at);
        if (!Ids.IsValid(id))
        {
            string? suggestion = Ids.Suggest(id);
            diagnostics.Add(DiagnosticDescriptors.InvalidEntityId, idSpan, id, suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)");
            Reject(id, rejected);
            return null;
        }

        if (!EntityKinds.TryParse(kindWord, out EntityKind kind))
        {
            rejected.Add(id);
            diagnostics.Add(
                DiagnosticDescriptors.UnknownEntityKind,
                lineStart + kindStart,
                kindEnd - kindStart,
                kindWord,
                Suggestions.DidYouMean(kindWord.ToLowerInvariant(), EntityKinds.Keywords));
            return null;
        }

        return new Block(id, kind, idSpan);
    }

    /// <summary>Records the id a rejected header meant: as written, and as the id it suggests.</summary>
    private static void Reject(string written, List<string> rejected)
    {
        if (Ids.IsValid(written))
        {
            rejected.Add(written);
        }
        else if (Ids.Suggest(written) is { } suggestion)
        {
            rejected.Add(suggestion);
        }
    }

    private static void Flush(ref Block? block, List<EntityDeclaration> entities, List<string> rejected, DiagnosticBag diagnostics)
    {
        if (block is null)
        {
            return;
        }

        if (block.Name is null)
        {
            diagnostics.Add(DiagnosticDescriptors.MissingEntityName, block.IdSpan, block.Id);
            rejected.Add(block.Id);
        }
        else
        {
            entities.Add(new EntityDeclaration(
                block.Id,
                block.Kind,
                block.Name,
                block.Aliases.ToEquatableArray(),
                block.Description,
                block.Wikidata,
                block.Affiliations.ToEquatableArray(),
                diagnostics.FilePath,
                block.IdSpan,
                block.AliasesInDoubt));
        }

        block = null;
    }

    /// <summary>The entity being read: filled line by line, turned into a declaration at its end.</summary>
    private sealed class Block
    {
        private readonly HashSet<string> _seenKeys = new(StringComparer.Ordinal);

        public Block(string id, EntityKind kind, SourceSpan idSpan)
        {
            Id = id;
            Kind = kind;
            IdSpan = idSpan;
        }

        public string Id { get; }

        public EntityKind Kind { get; }

        public SourceSpan IdSpan { get; }

        public string? Name { get; private set; }

        public List<string> Aliases { get; } = new();

        public string? Description { get; private set; }

        public string? Wikidata { get; private set; }

        public List<EntityReference> Affiliations { get; } = new();

        /// <summary>A misspelled 'aliases' line was reported (see <see cref="EntityDeclaration.AliasesInDoubt"/>).</summary>
        public bool AliasesInDoubt { get; private set; }

        public void Apply(KeyValueLine pair, DiagnosticBag diagnostics)
        {
            if (Array.IndexOf(Keys, pair.Key) < 0)
            {
                string suggestion = Suggestions.DidYouMean(pair.Key.ToLowerInvariant(), Keys);
                diagnostics.Add(DiagnosticDescriptors.UnknownEntityKey, pair.KeyStart, pair.Key.Length, pair.Key, suggestion);
                AliasesInDoubt |= suggestion == " (did you mean 'aliases'?)";
                return;
            }

            if (!_seenKeys.Add(pair.Key))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateRegistryKey, pair.KeyStart, pair.Key.Length, pair.Key, Id);
                return;
            }

            switch (pair.Key)
            {
                case "name":
                    if (pair.Value.Length > 0)
                    {
                        Name = TextNormalizer.Normalize(pair.Value);
                    }

                    break;
                case "aliases":
                    // A set beside the list: de-duplicating 150,000 aliases stays linear.
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (ListItem item in ListItem.Split(pair.Value, pair.ValueStart))
                    {
                        string alias = TextNormalizer.Normalize(item.Text);
                        if (seen.Add(alias))
                        {
                            Aliases.Add(alias);
                        }
                    }

                    break;
                case "description":
                    Description = pair.Value.Length > 0 ? TextNormalizer.Normalize(pair.Value) : null;
                    break;
                case "wikidata":
                    if (IsWikidataId(pair.Value))
                    {
                        Wikidata = pair.Value;
                    }
                    else
                    {
                        diagnostics.Add(DiagnosticDescriptors.InvalidWikidataId, pair.ValueStart, pair.Value.Length, pair.Value);
                    }

                    break;
                default: // affiliations
                    foreach (ListItem item in ListItem.Split(pair.Value, pair.ValueStart))
                    {
                        EntityReference? reference = References.Parse(item.Text, item.Start, diagnostics, DiagnosticDescriptors.MalformedAffiliation);
                        if (reference is not null)
                        {
                            Affiliations.Add(reference);
                        }
                    }

                    break;
            }
        }

        private static bool IsWikidataId(string value)
        {
            if (value.Length < 2 || value[0] != 'Q' || value[1] == '0')
            {
                return false;
            }

            for (int i = 1; i < value.Length; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
