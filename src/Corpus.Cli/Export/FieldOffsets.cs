using System.Collections.Generic;
using Corpus.Cli.Text;
using Corpus.Syntax;

namespace Corpus.Cli.Export;

/// <summary>One offset converter per annotated field of an article, made on first use.</summary>
internal sealed class FieldOffsets
{
    private readonly ArticleFile _article;
    private readonly OffsetUnit _unit;
    private readonly Dictionary<string, OffsetConverter> _converters = new(System.StringComparer.Ordinal);

    public FieldOffsets(ArticleFile article, OffsetUnit unit)
    {
        _article = article;
        _unit = unit;
    }

    public OffsetConverter For(string field)
    {
        if (!_converters.TryGetValue(field, out OffsetConverter? converter))
        {
            converter = OffsetConverter.For(_article.GetFieldText(field), _unit);
            _converters.Add(field, converter);
        }

        return converter;
    }
}
