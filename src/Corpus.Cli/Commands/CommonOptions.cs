using System;
using System.CommandLine;
using System.IO;

namespace Corpus.Cli.Commands;

/// <summary>Arguments and options that several commands share, with the same names and help.</summary>
internal static class CommonOptions
{
    public const string DefaultCorpusDirectory = "corpus";

    /// <summary>The corpus directory: every <c>**/*.txt</c> below it, like the build's <c>corpus/**/*.txt</c>.</summary>
    public static Argument<string> CorpusDirectory()
    {
        var directory = new Argument<string>("dir")
        {
            Description = "The corpus directory: every *.txt below it is a corpus file (entities.txt and *.entities.txt are registries).",
            DefaultValueFactory = _ => DefaultCorpusDirectory,
        };
        RejectOptionLookalikes(directory);
        return directory;
    }

    /// <summary>
    /// The parser hands an unknown option such as <c>--bogus</c> to a positional argument;
    /// say what it is rather than "directory '--bogus' does not exist" (a folder named
    /// like an option can still be given as <c>./-name</c>).
    /// </summary>
    public static void RejectOptionLookalikes(Argument<string> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (System.CommandLine.Parsing.Token token in result.Tokens)
            {
                if (token.Value.StartsWith('-'))
                {
                    result.AddError("unknown option '" + token.Value + "'");
                    return;
                }
            }
        });
    }

    public static Option<bool> NoProgress() => new("--no-progress")
    {
        Description = "Never show a progress bar (it is only shown when output is a terminal).",
    };

    /// <summary>An option whose value must be one of <paramref name="choices"/>; anything else is a one-line error.</summary>
    public static Option<string> Choice(string name, string description, string? defaultValue, params string[] choices)
    {
        var option = new Option<string>(name)
        {
            Description = description + " (" + string.Join("|", choices) + ")",
            HelpName = string.Join("|", choices),
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }
        else
        {
            option.Required = true;
        }

        option.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && Array.IndexOf(choices, value) < 0)
            {
                result.AddError("unknown value '" + value + "' for " + name + " (expected " + string.Join(", ", choices) + ")");
            }
        });
        return option;
    }

    /// <summary>
    /// A whole number of 0 or more. A custom parser rather than a validator: a value that is
    /// not a number must be a one-line error, and a validator would read it and throw.
    /// </summary>
    public static Option<int> Count(string name, string description, int defaultValue)
    {
        return new Option<int>(name)
        {
            Description = description,
            HelpName = "n",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (!int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value))
                {
                    result.AddError(name + " expects a whole number of 0 or more, found '" + token + "'");
                    return defaultValue;
                }

                return value;
            },
        };
    }

    /// <summary>A corpus directory that must exist: a missing one is a usage error (exit code 2).</summary>
    public static string RequireDirectory(string directory, string what = "corpus directory")
    {
        if (!Directory.Exists(directory))
        {
            throw new CliException(what + " '" + directory + "' does not exist");
        }

        return directory;
    }

    /// <summary>Creates the output directory; a file in its place is a usage error.</summary>
    public static string PrepareOutputDirectory(string directory)
    {
        if (File.Exists(directory))
        {
            throw new CliException("the output '" + directory + "' is a file, not a directory");
        }

        Directory.CreateDirectory(directory);
        return directory;
    }
}
