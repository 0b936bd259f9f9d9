namespace Corpus.Syntax;

/// <summary>The entity kinds of FORMAT.md; the generator emits one class per kind.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Country,
    Place,
    Group,
    Event,
    Work,
}
