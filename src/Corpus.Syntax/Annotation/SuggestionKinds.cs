namespace Corpus.Syntax.Annotation;

/// <summary>
/// What to suggest. The recall aid asks for mentions and speakers only, so an article whose
/// quotations all have a speaker costs no more than one pass of the name automaton.
/// </summary>
[System.Flags]
public enum SuggestionKinds
{
    Mentions = 1,
    Speakers = 2,
    ReportedSpeech = 4,
    All = Mentions | Speakers | ReportedSpeech,
}
