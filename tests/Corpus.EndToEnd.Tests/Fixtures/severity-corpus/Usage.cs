namespace SeverityCorpus;

// The project's own C# code. The SDK looks for .editorconfig and .globalconfig files in the
// directories of a project's C# files, so a corpus project with none would find neither.
public static class Usage
{
    public static string Title => Articles.Speech.Title;
}
