using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Cli;

/// <summary>
/// A corpus file the CLI did not read because it is not a regular file (a FIFO, a socket, a
/// device): reported with the build's code and words (CGBUILD03), at the file, with no position.
/// </summary>
internal sealed record LeftOutFile(string Path, FileKind Kind)
{
    public const string Id = "CGBUILD03";

    public string Message => FileKinds.LeftOutMessage(Kind);

    /// <summary>The line MSBuild prints for the build's warning, the path escaped as corpus text is.</summary>
    public string ToMSBuildString() => MessageText.Escape(Path) + " : warning " + Id + ": " + Message;
}
