using System;
using Corpus.Cli.Commands;

return Corpus.Cli.Cli.Run(args, System.Console.Out, System.Console.Error);

namespace Corpus.Cli
{
    /// <summary>Argument handling shared by every command; bad arguments are one line on stderr and exit code 2.</summary>
    internal static class Cli
    {
        public const string Usage = "Usage: corpus check [dir] [--format text|json]";

        public static int Run(string[] args, System.IO.TextWriter output, System.IO.TextWriter error)
        {
            if (args.Length == 0 || args[0] is "-h" or "--help")
            {
                output.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }

            string command = args[0];
            string directory = "corpus";
            string format = "text";
            for (int i = 1; i < args.Length; i++)
            {
                if (args[i] == "--format" && i + 1 < args.Length)
                {
                    format = args[++i];
                }
                else if (args[i] is "-h" or "--help")
                {
                    output.WriteLine(Usage);
                    return 0;
                }
                else if (!args[i].StartsWith('-'))
                {
                    directory = args[i];
                }
                else
                {
                    error.WriteLine("corpus: unknown option '" + args[i] + "'. " + Usage);
                    return 2;
                }
            }

            if (!System.IO.Directory.Exists(directory))
            {
                error.WriteLine("corpus: directory '" + directory + "' does not exist.");
                return 2;
            }

            if (format is not ("text" or "json"))
            {
                error.WriteLine("corpus: unknown format '" + format + "' (text or json).");
                return 2;
            }

            return command switch
            {
                "check" => CheckCommand.Run(directory, format, output),
                _ => Unknown(command, error),
            };
        }

        private static int Unknown(string command, System.IO.TextWriter error)
        {
            error.WriteLine("corpus: unknown command '" + command + "'. " + Usage);
            return 2;
        }
    }
}
