namespace Corpus.Generator.Pipeline;

/// <summary>
/// A selected AdditionalFile as plain data: its path and decoded text (never the
/// AdditionalText), or why it could not be read.
/// </summary>
internal sealed record CorpusFileInput(string Path, string Text, bool IsRegistry, string? ReadError = null);
