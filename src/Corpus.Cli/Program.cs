return Corpus.Cli.Cli.Run(args, Corpus.Cli.Console.CliHost.FromSystemConsole());
