namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fenced code block of a Markdown document: its info string (<c>sh</c>, <c>csharp</c>, …),
/// its caption (the line just before it, when that is prose), its text and its first line number.
/// </summary>
internal sealed record MarkdownBlock(string Info, string Caption, string Text, int Line);
