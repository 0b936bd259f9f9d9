using System;
using System.Collections.Generic;
using Corpus.Syntax.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Build;

/// <summary>
/// Finds the corpus files that are not regular files (FIFOs, sockets, devices), with a warning
/// at each (CGBUILD03), so that the targets leave them out of AdditionalFiles before the compiler
/// and <see cref="WriteCorpusData"/> read them: both read every file whole, and a FIFO with no
/// writer would make them wait forever.
/// </summary>
public sealed class FindNonRegularFiles : Task
{
    /// <summary>The corpus files: the AdditionalFiles marked <c>CorpusFile</c>.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The files to leave out.</summary>
    [Output]
    public ITaskItem[] NonRegularFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var found = new List<ITaskItem>();
        foreach (ITaskItem item in Files)
        {
            string path = item.GetMetadata("FullPath");
            FileKind kind = FileKinds.Of(path);
            if (kind == FileKind.Regular)
            {
                continue;
            }

            Log.LogWarning(null, "CGBUILD03", null, path, 0, 0, 0, 0, "{0}", FileKinds.LeftOutMessage(kind));
            found.Add(item);
        }

        NonRegularFiles = found.ToArray();
        return true;
    }
}
