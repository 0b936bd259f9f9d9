using System;

namespace Corpus.Cli.Lsp;

/// <summary>file: URIs to the workspace's paths (absolute, '/' separators) and back.</summary>
internal static class DocumentUris
{
    /// <summary>The path of a file: URI, or null for any other scheme or a malformed URI.</summary>
    public static string? ToPath(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            return CorpusWorkspace.NormalizePath(parsed.LocalPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or System.IO.PathTooLongException)
        {
            return null;
        }
    }

    public static string FromPath(string path) => new Uri(path).AbsoluteUri;
}
