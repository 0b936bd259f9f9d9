using System;
using System.Collections.Generic;
using Corpus.Cli.Lsp.Protocol;
using Corpus.Syntax;
using Corpus.Syntax.Naming;

namespace Corpus.Cli.Lsp;

/// <summary>
/// Go to definition (an <c>@id</c> or a mention → its registry line), find references (every
/// place the id is written, registries included) and rename (all of them at once).
/// </summary>
internal static class Navigation
{
    /// <summary>The id under the cursor: an <c>@id</c> itself, or the entity of the mention around it.</summary>
    public static string? IdAt(CorpusDocument document, int offset) =>
        SyntaxAtPosition.ReferenceAt(document, offset)?.Id ?? SyntaxAtPosition.MentionAt(document, offset)?.Entity.Id;

    public static Location? Definition(CorpusWorkspace workspace, CorpusDocument document, int offset)
    {
        string? id = IdAt(document, offset);
        EntityDeclaration? entity = id is null ? null : workspace.Entities.Find(id);
        return entity is null ? null : new Location(DocumentUris.FromPath(entity.FilePath), LspPositions.ToRange(entity.IdSpan));
    }

    public static List<Location> References(CorpusWorkspace workspace, CorpusDocument document, int offset, bool includeDeclaration)
    {
        var locations = new List<Location>();
        string? id = IdAt(document, offset);
        if (id is null)
        {
            return locations;
        }

        EntityDeclaration? declaration = workspace.Entities.Find(id);
        foreach ((CorpusDocument where, EntityReference reference) in EntityUsage.References(workspace, id))
        {
            bool isDeclaration = declaration is not null && where.Path == declaration.FilePath && reference.Span == declaration.IdSpan;
            if (includeDeclaration || !isDeclaration)
            {
                // The declaration comes first, then the uses in path order.
                locations.Insert(isDeclaration ? 0 : locations.Count, new Location(DocumentUris.FromPath(where.Path), LspPositions.ToRange(reference.Span)));
            }
        }

        return locations;
    }

    /// <summary>The id's range (without its '@') when the cursor is on an <c>@id</c>; a mention's surface text is not renamed.</summary>
    public static PrepareRenameResult? PrepareRename(CorpusDocument document, int offset)
    {
        EntityReference? reference = SyntaxAtPosition.ReferenceAt(document, offset);
        return reference is null ? null : new PrepareRenameResult(LspPositions.IdRange(reference.Span), reference.Id);
    }

    /// <summary>
    /// Every <c>@old</c> becomes <c>@new</c>, in every article and registry. The new id must be
    /// valid and free: the error says why not, and nothing is renamed.
    /// </summary>
    public static WorkspaceEdit? Rename(CorpusWorkspace workspace, CorpusDocument document, int offset, string newName, out string? error)
    {
        error = null;
        string? id = IdAt(document, offset);
        if (id is null)
        {
            error = "Place the cursor on an @id or a mention to rename an entity.";
            return null;
        }

        string newId = newName.StartsWith('@') ? newName.Substring(1) : newName;
        if (!Ids.IsValid(newId))
        {
            string? suggestion = Ids.Suggest(newId);
            error = "'" + newId + "' is not a valid id: an id is kebab-case (a-z, 0-9 and single hyphens)" + (suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)");
            return null;
        }

        if (newId != id && workspace.Entities.Find(newId) is not null)
        {
            error = "The entity '" + newId + "' already exists.";
            return null;
        }

        var changes = new SortedDictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal);
        foreach ((CorpusDocument where, EntityReference reference) in EntityUsage.References(workspace, id))
        {
            string uri = DocumentUris.FromPath(where.Path);
            if (!changes.TryGetValue(uri, out IReadOnlyList<TextEdit>? edits))
            {
                changes[uri] = edits = new List<TextEdit>();
            }

            ((List<TextEdit>)edits).Add(new TextEdit(LspPositions.IdRange(reference.Span), newId));
        }

        return new WorkspaceEdit(changes);
    }
}
