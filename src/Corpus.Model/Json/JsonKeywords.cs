namespace Corpus.Model.Json;

/// <summary>
/// The words the JSON shape uses for the vocabulary enums: the keywords of the corpus format
/// (<c>person</c>, <c>direct</c>, <c>image-credit</c>), as <c>corpus export --format jsonl</c>
/// writes them. Corpus.Syntax spells them in its own tables; the test that compares the library's
/// JSON with the CLI's on the real corpus keeps the two in step.
/// </summary>
internal static class JsonKeywords
{
    public static string Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Country => "country",
        EntityKind.Place => "place",
        EntityKind.Group => "group",
        EntityKind.Event => "event",
        EntityKind.Work => "work",
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind."),
    };

    public static string Of(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Indirect => "indirect",
        _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "Unknown quote kind."),
    };

    public static string Of(TextField field) => field switch
    {
        TextField.Body => "body",
        TextField.Summary => "summary",
        TextField.Image => "image",
        TextField.ImageCredit => "image-credit",
        TextField.Note => "note",
        _ => throw new System.ArgumentOutOfRangeException(nameof(field), field, "Unknown field."),
    };
}
