using System.CommandLine;
using System.Globalization;
using System.IO;
using Corpus.Cli.Annotate;
using Corpus.Cli.Console;
using Corpus.Syntax.Diagnostics;

namespace Corpus.Cli.Commands;

/// <summary>
/// <c>corpus evaluate [dir]</c>: strips each article's annotations, re-annotates it with the
/// suggestion engine, and prints how much of the author's work it recovers, then every miss.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliHost host)
    {
        Argument<string> directory = CommonOptions.CorpusDirectory();
        var command = new Command("evaluate", "Score the annotation suggestions against the corpus's own annotations (mentions: precision, recall, F1; quotations: found, speaker, kind).")
        {
            directory,
        };
        command.SetAction(result => Run(CommonOptions.RequireDirectory(result.GetValue(directory)!), host.Output));
        return command;
    }

    public static int Run(string directory, TextWriter output)
    {
        EvaluationScore s = AnnotationEvaluation.Run(CorpusLoader.Load(directory));
        output.WriteLine("| measure | gold | proposed | correct | score |");
        output.WriteLine("|---|---:|---:|---:|---|");
        output.WriteLine(Row("mentions", s.GoldMentions, s.PredictedMentions, s.CorrectMentions,
            "P " + F(s.MentionPrecision) + ", R " + F(s.MentionRecall) + ", F1 " + F(s.MentionF1)));
        output.WriteLine(Row("quotations: found", s.GoldQuotes, s.FoundQuotes + s.SpuriousQuotes, s.FoundQuotes, "recall " + F(EvaluationScore.Ratio(s.FoundQuotes, s.GoldQuotes))));
        output.WriteLine(Row("quotations: speaker", s.FoundQuotes, s.FoundQuotes, s.RightSpeakerQuotes, "accuracy " + F(EvaluationScore.Ratio(s.RightSpeakerQuotes, s.FoundQuotes))));
        output.WriteLine(Row("quotations: kind", s.FoundQuotes, s.FoundQuotes, s.RightKindQuotes, "accuracy " + F(EvaluationScore.Ratio(s.RightKindQuotes, s.FoundQuotes))));
        output.WriteLine(Row("reported speech: found", s.GoldReported, s.FoundReported + s.SpuriousReported, s.FoundReported, "recall " + F(EvaluationScore.Ratio(s.FoundReported, s.GoldReported)) + ", precision " + F(EvaluationScore.Ratio(s.FoundReported, s.FoundReported + s.SpuriousReported))));
        output.WriteLine(Row("reported speech: speaker", s.FoundReported, s.FoundReported, s.RightSpeakerReported, "accuracy " + F(EvaluationScore.Ratio(s.RightSpeakerReported, s.FoundReported))));
        output.WriteLine();
        output.WriteLine(LoadedCorpus.Plural(s.Articles, "article") + "; " + LoadedCorpus.Plural(s.Misses.Count, "difference") + ":");
        foreach (EvaluationMiss miss in s.Misses)
        {
            string text = miss.Text.Length > 70 ? miss.Text.Substring(0, 67) + "..." : miss.Text;
            // Corpus text on a terminal: escaped like a diagnostic's message.
            output.WriteLine(MessageText.Escape("- " + Path.GetFileName(miss.ArticlePath) + " " + miss.Field + "@" + miss.Start.ToString(CultureInfo.InvariantCulture) +
                ": " + miss.What + " '" + text.Replace('\n', ' ') + "': expected " + miss.Expected + ", got " + miss.Got));
        }

        return 0;
    }

    private static string Row(string measure, int gold, int proposed, int correct, string score) =>
        "| " + measure + " | " + gold.ToString(CultureInfo.InvariantCulture) + " | " + proposed.ToString(CultureInfo.InvariantCulture) + " | " +
        correct.ToString(CultureInfo.InvariantCulture) + " | " + score + " |";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
