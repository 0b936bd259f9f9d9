using Corpus.Cli.Console;
using Corpus.Cli.Text;

namespace Corpus.Cli.Export;

/// <summary>One export format: writes the corpus's articles (and entities) under an output directory.</summary>
internal interface ICorpusExporter
{
    /// <summary>Writes the export; advances <paramref name="progress"/> once per article; returns the files written.</summary>
    int Export(LoadedCorpus corpus, string outputDirectory, OffsetUnit unit, ProgressStep progress);
}
