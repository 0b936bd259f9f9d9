namespace Corpus.Model.Json;

/// <summary>
/// The words the JSON shape uses for the vocabulary enums: the keywords of the corpus format
/// (<c>person</c>, <c>direct</c>, <c>image-credit</c>), as <c>corpus export --format jsonl</c>
/// writes them, from the one table both sides compile (<see cref="VocabularyWords"/>).
/// </summary>
internal static class JsonKeywords
{
    public static string Of(EntityKind kind) => VocabularyWords.Of(kind);

    public static string Of(QuoteKind kind) => VocabularyWords.Of(kind);

    public static string Of(TextField field) => VocabularyWords.Of(field);
}
