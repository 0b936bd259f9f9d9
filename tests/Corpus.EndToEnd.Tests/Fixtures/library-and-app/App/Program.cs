using System;
using System.Linq;

foreach (var quote in Riverton.People.AdaPark.Quotes)
{
    Console.WriteLine(quote.Speaker + ": " + quote.Text);
}

// Nothing of the generator reached the app: no data resource, no generated types of its own.
var app = typeof(Program).Assembly;
Console.WriteLine("app resources: " + app.GetManifestResourceNames().Length);
Console.WriteLine("app types: " + string.Join(",", app.GetTypes().Where(t => t.Namespace is not null).Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal)));
