namespace Corpus.Model;

/// <summary>A nationality, religious or political group.</summary>
public sealed class Group : Entity
{
    internal Group(Corpus.Storage.EntityData data)
        : base(data)
    {
    }

    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Group;
}
