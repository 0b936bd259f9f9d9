using System;
using System.Collections.Generic;

namespace Corpus.Syntax.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic the format can produce. Ids are stable: each has a
/// section in docs/diagnostics.md and a line in the generator's AnalyzerReleases files.
/// </summary>
public static class DiagnosticDescriptors
{
    public const string FileCategory = "Corpus.File";
    public const string FrontMatterCategory = "Corpus.FrontMatter";
    public const string RegistryCategory = "Corpus.Registry";
    public const string AnnotationCategory = "Corpus.Annotation";
    public const string NamingCategory = "Corpus.Naming";
    public const string GeneratorCategory = "Corpus.Generator";

    private static readonly List<DiagnosticDescriptor> Registered = new();
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new(StringComparer.Ordinal);

    // Files
    public static readonly DiagnosticDescriptor EmptyFile = Add("CG0001", "Empty corpus file", "The corpus file '{0}' is empty", FileCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidEncoding = Add("CG0002", "Invalid UTF-8", "The file holds a replacement character (U+FFFD): it is probably not valid UTF-8 near '{0}'", FileCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InputTooLarge = Add("CG0003", "File too large", "The file is {0:N0} characters long; files over {1:N0} characters are not compiled", FileCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnreadableFile = Add("CG0004", "Unreadable corpus file", "The corpus file could not be read: {0}", FileCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor StrayByteOrderMark = Add("CG0005", "Byte-order mark inside the text", "A byte-order mark (U+FEFF) stands inside the text, near '{0}': files were probably pasted together; delete it", FileCategory, DiagnosticSeverity.Warning);

    // Front matter
    public static readonly DiagnosticDescriptor MissingTitle = Add("CG0100", "Missing title", "The article '{0}' has no 'title:' in its front matter{1}", FrontMatterCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Add("CG0101", "Unclosed front matter", "The front matter opened by '---' is never closed by a second '---' line", FrontMatterCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownFrontMatterKey = Add("CG0102", "Unknown front-matter key", "Unknown front-matter key '{0}'{1}", FrontMatterCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidDate = Add("CG0103", "Invalid date", "'{0}' is not a date in the form yyyy-MM-dd (key '{1}')", FrontMatterCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidLanguage = Add("CG0104", "Malformed language tag", "'{0}' is not a well-formed BCP 47 language tag", FrontMatterCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidTag = Add("CG0105", "Invalid tag", "The tag '{0}' is not kebab-case (a-z, 0-9 and single hyphens)", FrontMatterCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor MalformedFrontMatterLine = Add("CG0106", "Malformed front-matter line", "Expected 'key: value' in the front matter, found '{0}'", FrontMatterCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateFrontMatterKey = Add("CG0107", "Duplicate front-matter key", "The key '{0}' is given more than once; the first value is used", FrontMatterCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidArticleId = Add("CG0108", "Invalid article id", "The article id '{0}' is not kebab-case{1}", FrontMatterCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateArticleId = Add("CG0109", "Duplicate article id", "The article id '{0}' is already used by {1}", FrontMatterCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EmptyFrontMatterValue = Add("CG0110", "Empty front-matter value", "The key '{0}' has no value", FrontMatterCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor AnnotationInPlainField = Add("CG0111", "Annotation in a plain-text field", "The annotation '{0}' is not allowed in '{1}', which is plain text; annotations are allowed in summary, image, image-credit and note", FrontMatterCategory, DiagnosticSeverity.Error);

    // Entity registries
    public static readonly DiagnosticDescriptor MalformedRegistryLine = Add("CG0200", "Malformed registry line", "Expected '@id kind', 'key: value', a '#' comment or a blank line, found '{0}'", RegistryCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownEntityKind = Add("CG0201", "Unknown entity kind", "Unknown entity kind '{0}'{1}; the kinds are person, organization, country, place, group, event and work", RegistryCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MissingEntityName = Add("CG0202", "Missing entity name", "The entity '{0}' has no 'name:'", RegistryCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownEntityKey = Add("CG0203", "Unknown registry key", "Unknown registry key '{0}'{1}", RegistryCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidWikidataId = Add("CG0204", "Malformed Wikidata id", "'{0}' is not a Wikidata id (a 'Q' followed by digits); it is ignored", RegistryCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor DuplicateEntity = Add("CG0205", "Duplicate entity", "The entity '{0}' is already declared at {1}", RegistryCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidEntityId = Add("CG0206", "Invalid entity id", "The entity id '{0}' is not kebab-case{1}", RegistryCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateRegistryKey = Add("CG0207", "Duplicate registry key", "The key '{0}' is given more than once for '{1}'; the first value is used", RegistryCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor EntityNeverMentioned = Add("CG0208", "Entity never mentioned", "The entity '{0}' is never mentioned, quoted or cited in the corpus", RegistryCategory, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor MalformedAffiliation = Add("CG0209", "Malformed affiliation", "An affiliation must be an entity reference '@id', found '{0}'", RegistryCategory, DiagnosticSeverity.Error);

    // Inline annotations
    public static readonly DiagnosticDescriptor UnknownEntity = Add("CG0300", "Unknown entity", "Unknown entity '@{0}'{1}", AnnotationCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor SpeakerCannotSpeak = Add("CG0301", "Speaker cannot speak", "'@{0}' is {1} and cannot be a speaker; attribute the quotation to a person, organization, country, group or work", AnnotationCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnclosedAnnotation = Add("CG0302", "Unclosed annotation", "The annotation '{0}' is not closed by '}}' before the end of the paragraph", AnnotationCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnknownAnnotationWord = Add("CG0303", "Unknown annotation word", "Unknown annotation word '{0}'{1}", AnnotationCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor MisplacedAnnotation = Add("CG0304", "Misplaced annotation", "The annotation '{0}' follows neither ']' nor a closing quotation mark{1}", AnnotationCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnattributedQuotation = Add("CG0305", "Unattributed quotation", "Unattributed quotation '{0}': attribute it with {{@id}} or mark it {{term}}", AnnotationCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor SurfaceNotAlias = Add("CG0306", "Mention is not a name or alias", "The mention '{0}' is neither the name nor an alias of '@{1}'; add it to the entity's aliases", AnnotationCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor UnbalancedQuotationMark = Add("CG0307", "Unbalanced quotation mark", "The quotation mark '{0}' has no {1} in its paragraph", AnnotationCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor InvalidAnnotation = Add("CG0308", "Invalid annotation", "Invalid annotation '{0}': {1}", AnnotationCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidReference = Add("CG0309", "Invalid entity reference", "'{0}' is not a valid entity reference: an id is kebab-case (a-z, 0-9 and single hyphens){1}", AnnotationCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor DuplicateMemberName = Add("CG0310", "Duplicate annotation name", "The name '#{0}' ({1}) collides with {2}: each #name becomes a member of the article's generated class", AnnotationCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor EmptyAnnotatedText = Add("CG0311", "Empty annotated text", "The {0} has no text{1}", AnnotationCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor UnannotatedName = Add("CG0312", "Unannotated name", "'{0}' is a name of '@{1}' but is not annotated: write [{0}]{{@{1}}}", AnnotationCategory, DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor SpeakerSuggestion = Add("CG0313", "Unattributed quotation with a clear speaker", "The quotation '{0}' is probably spoken by '@{1}' ({2}): attribute it with {{@{1}}}", AnnotationCategory, DiagnosticSeverity.Info);

    // C# naming
    public static readonly DiagnosticDescriptor NameCollision = Add("CG0400", "Generated name collision", "The {0} '{1}' and the {0} '{2}' (at {3}) both become the C# name '{4}'", NamingCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor ReservedName = Add("CG0401", "Generated name is reserved", "The {0} '{1}' becomes the C# name '{2}', which collides with the generated member {3}", NamingCategory, DiagnosticSeverity.Error);

    // Generator
    public static readonly DiagnosticDescriptor InternalError = Add("CG0900", "Internal generator error", "The corpus generator failed on '{0}': {1}. Please report this with the file.", GeneratorCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Add("CG0901", "C# language version too old", "The generated corpus needs C# 11 or later (UTF-8 string literals); this project uses C# {0}. Set <LangVersion>11</LangVersion> or later.", GeneratorCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidCorpusNamespace = Add("CG0902", "Invalid CorpusNamespace", "CorpusNamespace '{0}' cannot be the namespace of the generated corpus: {1}. Nothing is generated; set <CorpusNamespace> to dotted C# identifiers, such as MyCompany.News.", GeneratorCategory, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor InvalidRootNamespace = Add("CG0903", "Invalid RootNamespace", "RootNamespace '{0}' cannot be the namespace of the generated corpus: {1}. The corpus is generated in the namespace '{2}' instead; set <CorpusNamespace> to choose another.", GeneratorCategory, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor ConflictingDeclaration = Add("CG0904", "Declaration conflicts with the generated corpus", "The {0} '{1}' conflicts with the generated corpus: {2}", GeneratorCategory, DiagnosticSeverity.Error);

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Registered;

    public static DiagnosticDescriptor Get(string id) =>
        ById.TryGetValue(id, out DiagnosticDescriptor? descriptor) ? descriptor : throw new ArgumentException("Unknown diagnostic id " + id, nameof(id));

    private static DiagnosticDescriptor Add(string id, string title, string message, string category, DiagnosticSeverity severity)
    {
        var descriptor = new DiagnosticDescriptor(id, title, message, category, severity);
        Registered.Add(descriptor);
        ById.Add(id, descriptor);
        return descriptor;
    }
}
