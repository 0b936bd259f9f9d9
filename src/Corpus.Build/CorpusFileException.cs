using System;

namespace Corpus.Build;

/// <summary>A corpus file that could not be read.</summary>
internal sealed class CorpusFileException : Exception
{
    public CorpusFileException(string path, Exception inner)
        : base(inner.Message, inner) => Path = path;

    public string Path { get; }
}
