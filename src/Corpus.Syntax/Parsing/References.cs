using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;

namespace Corpus.Syntax.Parsing;

/// <summary>Reads <c>@id</c> references written in registries and front matter.</summary>
internal static class References
{
    /// <summary>
    /// The reference in <paramref name="text"/>, or null after a diagnostic:
    /// <paramref name="notAReference"/> when there is no '@', CG0309 when the id is malformed.
    /// </summary>
    public static EntityReference? Parse(string text, int start, DiagnosticBag diagnostics, DiagnosticDescriptor notAReference)
    {
        if (text.Length == 0 || text[0] != '@')
        {
            diagnostics.Add(notAReference, start, text.Length, text);
            return null;
        }

        string id = text.Substring(1);
        if (!Ids.IsValid(id))
        {
            string? suggestion = Ids.Suggest(id);
            diagnostics.Add(DiagnosticDescriptors.InvalidReference, start, text.Length, text, suggestion is null ? string.Empty : " (did you mean '@" + suggestion + "'?)");
            return null;
        }

        return new EntityReference(id, diagnostics.Lines.GetSpan(start, text.Length));
    }
}
