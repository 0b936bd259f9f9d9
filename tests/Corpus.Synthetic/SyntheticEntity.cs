namespace Corpus.Synthetic;

/// <summary>One generated registry entry and the surface forms articles may use for it.</summary>
public sealed record SyntheticEntity(string Id, string Kind, string Name, string[] Aliases)
{
    public bool CanSpeak => Kind is not ("place" or "event");
}
