using System;
using System.Linq;
using Corpus.Syntax.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Build;

/// <summary>
/// Writes the corpus files' full paths as the value of the compiler-visible property that tells
/// the generator which AdditionalFiles are corpus files (<see cref="CorpusFileList"/>): one
/// property instead of one .editorconfig section per file, which the compiler would match every
/// file against.
/// </summary>
public sealed class ListCorpusFiles : Task
{
    /// <summary>The corpus files: the AdditionalFiles marked <c>CorpusFile</c>.</summary>
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The property's value (<see cref="CorpusFileList.Encode"/>).</summary>
    [Output]
    public string List { get; private set; } = string.Empty;

    public override bool Execute()
    {
        List = CorpusFileList.Encode(Files.Select(static item => item.GetMetadata("FullPath")));
        return true;
    }
}
