using System;

namespace Corpus.Syntax.Parsing;

/// <summary>
/// File-name rules of the format, written by hand so that '/' and '\' are both separators
/// whatever the OS (System.IO.Path would differ between Windows and Linux).
/// </summary>
public static class FileNames
{
    public static string GetFileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }

    /// <summary>Registries are named <c>entities.txt</c> or <c>*.entities.txt</c>.</summary>
    public static bool IsRegistry(string path)
    {
        string name = GetFileName(path);
        return string.Equals(name, "entities.txt", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".entities.txt", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The file name without its <c>.txt</c> extension: the default article id.</summary>
    public static string GetArticleId(string path)
    {
        string name = GetFileName(path);
        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - 4) : name;
    }
}
