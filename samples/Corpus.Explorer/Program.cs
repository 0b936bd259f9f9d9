using System;
using System.IO;
using Corpus.Explorer;

// Entry point: `dotnet run --project samples/Corpus.Explorer [-- summary|quotes|entities]`.
TextWriter output = Console.Out;
string mode = args.Length == 0 ? "summary" : args[0];
switch (mode)
{
    case "summary":
        Reports.Summary(output);
        return 0;
    case "quotes":
        Reports.QuoteLines(output);
        return 0;
    case "entities":
        Reports.EntityLines(output);
        return 0;
    case "-h":
    case "--help":
        Console.WriteLine(Reports.Usage);
        return 0;
    default:
        Console.Error.WriteLine("corpus-explorer: unknown mode '" + mode + "'. " + Reports.Usage);
        return 2;
}
