using System;
using System.Globalization;
using Corpus.Synthetic;

if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
{
    Console.Error.WriteLine("Usage: Corpus.Synthetic <output-dir> <article-count> [seed]");
    return 2;
}

int seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20241025;
SyntheticCorpus.Write(args[0], count, seed);
Console.WriteLine("Wrote " + count.ToString(CultureInfo.InvariantCulture) + " articles to " + args[0]);
return 0;
