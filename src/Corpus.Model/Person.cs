namespace Corpus.Model;

/// <summary>A person.</summary>
public sealed class Person : Entity
{
    internal Person(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Person;
}
