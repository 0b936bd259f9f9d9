using System;
using Acme.Stories;

foreach (var article in Articles.All)
{
    Console.WriteLine(article.Id + ": " + article.Title);
}

Console.WriteLine(People.AdaPark.Name + ": " + People.AdaPark.Quotes.Count);
