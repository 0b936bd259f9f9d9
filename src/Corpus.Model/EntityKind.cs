namespace Corpus.Model;

/// <summary>What an entity is; each kind has its own class (<see cref="Person"/>, <see cref="Country"/>, …).</summary>
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
