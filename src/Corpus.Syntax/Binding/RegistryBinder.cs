using System;
using System.Collections.Generic;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Binding;

/// <summary>
/// Merges the corpus's registries into one <see cref="EntityTable"/>: duplicate ids,
/// unresolved affiliations and C# name collisions are reported here, once, whatever the
/// order in which the files arrive.
/// </summary>
public static class RegistryBinder
{
    public static EntityTable Bind(IEnumerable<RegistryFile> registries)
    {
        var files = new List<RegistryFile>(registries);
        files.Sort((a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));

        var diagnostics = new List<CorpusDiagnostic>();
        var byId = new Dictionary<string, EntityDeclaration>(StringComparer.Ordinal);
        var kept = new List<EntityDeclaration>();
        var rejected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (RegistryFile file in files)
        {
            diagnostics.AddRange(file.Diagnostics);
            rejected.UnionWith(file.RejectedIds);
            foreach (EntityDeclaration entity in file.Entities)
            {
                if (byId.TryGetValue(entity.Id, out EntityDeclaration? first))
                {
                    diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.DuplicateEntity, entity.FilePath, entity.IdSpan, entity.Id, Where(first.FilePath, first.IdSpan)));
                    continue;
                }

                byId.Add(entity.Id, entity);
                kept.Add(entity);
            }
        }

        kept.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var entities = new List<EntityDeclaration>(kept.Count);
        var names = new Dictionary<string, EntityDeclaration>(StringComparer.Ordinal);
        foreach (EntityDeclaration entity in kept)
        {
            string name = CSharpNames.FromId(entity.Id);
            string? reserved = GeneratedNames.EntityCollision(name, entity.Kind);
            if (reserved is not null)
            {
                diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.ReservedName, entity.FilePath, entity.IdSpan, "entity", entity.Id, name, reserved));
                rejected.Add(entity.Id);
                continue;
            }

            if (names.TryGetValue(name, out EntityDeclaration? other))
            {
                diagnostics.Add(CorpusDiagnostic.Create(DiagnosticDescriptors.NameCollision, entity.FilePath, entity.IdSpan, "entity", entity.Id, other.Id, Where(other.FilePath, other.IdSpan), name));
                rejected.Add(entity.Id);
                continue;
            }

            names.Add(name, entity);
            entities.Add(entity);
        }

        // Affiliations are checked against the final table, and unresolved ones dropped.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityDeclaration entity in entities)
        {
            ids.Add(entity.Id);
            rejected.Remove(entity.Id);
        }

        SuggestionIndex? suggestions = null; // built at the first unknown affiliation
        for (int i = 0; i < entities.Count; i++)
        {
            EntityDeclaration entity = entities[i];
            var affiliations = new List<EntityReference>(entity.Affiliations.Count);
            foreach (EntityReference reference in entity.Affiliations)
            {
                if (ids.Contains(reference.Id))
                {
                    affiliations.Add(reference);
                }
                else if (!rejected.Contains(reference.Id))
                {
                    diagnostics.Add(UnknownEntity(entity.FilePath, reference, suggestions ??= new SuggestionIndex(ids)));
                }
            }

            if (affiliations.Count != entity.Affiliations.Count)
            {
                entities[i] = entity with { Affiliations = affiliations.ToEquatableArray() };
            }
        }

        diagnostics.Sort(CorpusDiagnosticComparer.Instance);
        return new EntityTable(entities.ToEquatableArray(), diagnostics.ToEquatableArray(), rejected.ToEquatableArray());
    }

    /// <summary>CG0300 with the nearest known id as a suggestion.</summary>
    public static CorpusDiagnostic UnknownEntity(string filePath, EntityReference reference, SuggestionIndex knownIds) =>
        CorpusDiagnostic.Create(
            DiagnosticDescriptors.UnknownEntity,
            filePath,
            reference.Span,
            reference.Id,
            knownIds.Nearest(reference.Id) is { } nearest ? " (did you mean '@" + nearest + "'?)" : string.Empty);

    /// <summary>A place in MSBuild's style, used when a message names a second location.</summary>
    public static string Where(string filePath, SourceSpan span) =>
        filePath + "(" + span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + span.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
