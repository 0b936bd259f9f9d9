using System.Collections.Generic;

namespace Corpus.Syntax;

/// <summary>The kind keywords as written in a registry, and which kinds can speak.</summary>
public static class EntityKinds
{
    private static readonly string[] KeywordList = VocabularyWords.EntityKinds;

    public static IReadOnlyList<string> Keywords => KeywordList;

    public static bool TryParse(string keyword, out EntityKind kind)
    {
        int index = System.Array.IndexOf(KeywordList, keyword);
        kind = (EntityKind)(index < 0 ? 0 : index);
        return index >= 0;
    }

    public static string ToKeyword(this EntityKind kind) => KeywordList[(int)kind];

    /// <summary>Places and events cannot be the speaker of a quotation; every other kind can.</summary>
    public static bool CanSpeak(this EntityKind kind) => kind != EntityKind.Place && kind != EntityKind.Event;
}
