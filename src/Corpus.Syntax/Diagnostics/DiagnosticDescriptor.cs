namespace Corpus.Syntax.Diagnostics;

/// <summary>The fixed part of a diagnostic: what the rule is, independent of where it fired.</summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverity DefaultSeverity)
{
    public const string HelpLinkBase = "https://github.com/corpus-generator/corpus-generator/blob/main/docs/diagnostics.md#";

    /// <summary>The anchor of this rule's section in docs/diagnostics.md.</summary>
    public string HelpLink => HelpLinkBase + Id.ToLowerInvariant();
}
