// One definition, compiled into Corpus.Syntax (the format) and Corpus.Model (the runtime): the
// generated code and the data resource convert between the two by number, so they must agree.
#if CORPUS_MODEL
namespace Corpus.Model;
#else
namespace Corpus.Syntax;
#endif

/// <summary>What an entity is; each kind has its own class in Corpus.Model (<c>Person</c>, <c>Country</c>, …).</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>A company, government body, university, newspaper, alliance…</summary>
    Organization,

    /// <summary>A sovereign state.</summary>
    Country,

    /// <summary>A city, region or other place.</summary>
    Place,

    /// <summary>A nationality, religious or political group.</summary>
    Group,

    /// <summary>A war, summit, invasion or other event.</summary>
    Event,

    /// <summary>A document, doctrine, law or publication.</summary>
    Work,
}
