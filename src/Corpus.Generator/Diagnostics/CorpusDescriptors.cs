using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// The Roslyn descriptors of every corpus diagnostic, spelled out with constant ids so the
/// analyzer release tracking (AnalyzerReleases.*.md) can check them. Corpus.Syntax's
/// catalogue formats the messages; a test keeps the two lists identical.
/// </summary>
internal static class CorpusDescriptors
{
    public static readonly DiagnosticDescriptor EmptyFile = Create("CG0001", "Empty corpus file", "Corpus.File", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidEncoding = Create("CG0002", "Invalid UTF-8", "Corpus.File", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InputTooLarge = Create("CG0003", "File too large", "Corpus.File", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnreadableFile = Create("CG0004", "Unreadable corpus file", "Corpus.File", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor StrayByteOrderMark = Create("CG0005", "Byte-order mark inside the text", "Corpus.File", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MissingTitle = Create("CG0100", "Missing title", "Corpus.FrontMatter", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Create("CG0101", "Unclosed front matter", "Corpus.FrontMatter", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownFrontMatterKey = Create("CG0102", "Unknown front-matter key", "Corpus.FrontMatter", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidDate = Create("CG0103", "Invalid date", "Corpus.FrontMatter", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidLanguage = Create("CG0104", "Malformed language tag", "Corpus.FrontMatter", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidTag = Create("CG0105", "Invalid tag", "Corpus.FrontMatter", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MalformedFrontMatterLine = Create("CG0106", "Malformed front-matter line", "Corpus.FrontMatter", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateFrontMatterKey = Create("CG0107", "Duplicate front-matter key", "Corpus.FrontMatter", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidArticleId = Create("CG0108", "Invalid article id", "Corpus.FrontMatter", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateArticleId = Create("CG0109", "Duplicate article id", "Corpus.FrontMatter", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EmptyFrontMatterValue = Create("CG0110", "Empty front-matter value", "Corpus.FrontMatter", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor AnnotationInPlainField = Create("CG0111", "Annotation in a plain-text field", "Corpus.FrontMatter", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MalformedRegistryLine = Create("CG0200", "Malformed registry line", "Corpus.Registry", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownEntityKind = Create("CG0201", "Unknown entity kind", "Corpus.Registry", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingEntityName = Create("CG0202", "Missing entity name", "Corpus.Registry", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownEntityKey = Create("CG0203", "Unknown registry key", "Corpus.Registry", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidWikidataId = Create("CG0204", "Malformed Wikidata id", "Corpus.Registry", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor DuplicateEntity = Create("CG0205", "Duplicate entity", "Corpus.Registry", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidEntityId = Create("CG0206", "Invalid entity id", "Corpus.Registry", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateRegistryKey = Create("CG0207", "Duplicate registry key", "Corpus.Registry", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor EntityNeverMentioned = Create("CG0208", "Entity never mentioned", "Corpus.Registry", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor MalformedAffiliation = Create("CG0209", "Malformed affiliation", "Corpus.Registry", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownEntity = Create("CG0300", "Unknown entity", "Corpus.Annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SpeakerCannotSpeak = Create("CG0301", "Speaker cannot speak", "Corpus.Annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnclosedAnnotation = Create("CG0302", "Unclosed annotation", "Corpus.Annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownAnnotationWord = Create("CG0303", "Unknown annotation word", "Corpus.Annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MisplacedAnnotation = Create("CG0304", "Misplaced annotation", "Corpus.Annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnattributedQuotation = Create("CG0305", "Unattributed quotation", "Corpus.Annotation", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor SurfaceNotAlias = Create("CG0306", "Mention is not a name or alias", "Corpus.Annotation", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnbalancedQuotationMark = Create("CG0307", "Unbalanced quotation mark", "Corpus.Annotation", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidAnnotation = Create("CG0308", "Invalid annotation", "Corpus.Annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidReference = Create("CG0309", "Invalid entity reference", "Corpus.Annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateMemberName = Create("CG0310", "Duplicate annotation name", "Corpus.Annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EmptyAnnotatedText = Create("CG0311", "Empty annotated text", "Corpus.Annotation", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnannotatedName = Create("CG0312", "Unannotated name", "Corpus.Annotation", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor UnattributedQuotationWithSpeaker = Create("CG0313", "Unattributed quotation with a clear speaker", "Corpus.Annotation", DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor NameCollision = Create("CG0400", "Generated name collision", "Corpus.Naming", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ReservedName = Create("CG0401", "Generated name is reserved", "Corpus.Naming", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InternalError = Create("CG0900", "Internal generator error", "Corpus.Generator", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create("CG0901", "C# language version too old", "Corpus.Generator", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidCorpusNamespace = Create("CG0902", "Invalid CorpusNamespace", "Corpus.Generator", DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidRootNamespace = Create("CG0903", "Invalid RootNamespace", "Corpus.Generator", DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ConflictingDeclaration = Create("CG0904", "Declaration conflicts with the generated corpus", "Corpus.Generator", DiagnosticSeverity.Error);

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        EmptyFile,
        InvalidEncoding,
        InputTooLarge,
        UnreadableFile,
        StrayByteOrderMark,
        MissingTitle,
        UnclosedFrontMatter,
        UnknownFrontMatterKey,
        InvalidDate,
        InvalidLanguage,
        InvalidTag,
        MalformedFrontMatterLine,
        DuplicateFrontMatterKey,
        InvalidArticleId,
        DuplicateArticleId,
        EmptyFrontMatterValue,
        AnnotationInPlainField,
        MalformedRegistryLine,
        UnknownEntityKind,
        MissingEntityName,
        UnknownEntityKey,
        InvalidWikidataId,
        DuplicateEntity,
        InvalidEntityId,
        DuplicateRegistryKey,
        EntityNeverMentioned,
        MalformedAffiliation,
        UnknownEntity,
        SpeakerCannotSpeak,
        UnclosedAnnotation,
        UnknownAnnotationWord,
        MisplacedAnnotation,
        UnattributedQuotation,
        SurfaceNotAlias,
        UnbalancedQuotationMark,
        InvalidAnnotation,
        InvalidReference,
        DuplicateMemberName,
        EmptyAnnotatedText,
        UnannotatedName,
        UnattributedQuotationWithSpeaker,
        NameCollision,
        ReservedName,
        InternalError,
        LanguageVersionTooOld,
        InvalidCorpusNamespace,
        InvalidRootNamespace,
        ConflictingDeclaration,
    };

    private static DiagnosticDescriptor Create(string id, string title, string category, DiagnosticSeverity severity) =>
        new(id, title, "{0}", category, severity, isEnabledByDefault: true, helpLinkUri: Corpus.Syntax.Diagnostics.DiagnosticDescriptor.HelpLinkBase + id.ToLowerInvariant());
}
