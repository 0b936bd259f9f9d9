namespace Corpus.Model;

/// <summary>A sovereign state.</summary>
public sealed class Country : Entity
{
    internal Country(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Country;
}
