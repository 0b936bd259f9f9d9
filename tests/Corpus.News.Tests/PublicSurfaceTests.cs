using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using Corpus.Model;
using Xunit;

namespace Corpus.News.Tests;

/// <summary>
/// Corpus.Model's public surface as an app sees it (docs/library.md). PublicAPI.*.txt pin every
/// public member at build time; these tests pin what the build cannot: which members are for
/// generated code only (hidden from IntelliSense with [EditorBrowsable(Never)]), which types the
/// assembly exports, and that no collection it returns can be written through a cast.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Model = typeof(Article).Assembly;

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void The_assembly_exports_the_model_its_json_context_and_its_converters_only()
    {
        // Nothing of the linked storage plumbing (Corpus.Storage, CorpusData) is public.
        Assert.Equal(
            new[]
            {
                "Corpus.Model.Article", "Corpus.Model.CorpusCatalog", "Corpus.Model.CorpusJsonContext", "Corpus.Model.Country", "Corpus.Model.Entity",
                "Corpus.Model.EntityKind", "Corpus.Model.Event", "Corpus.Model.Group", "Corpus.Model.Json.ArticleJsonConverter`1", "Corpus.Model.Json.EntityJsonConverter`1",
                "Corpus.Model.Json.MentionJsonConverter", "Corpus.Model.Json.ParagraphJsonConverter", "Corpus.Model.Json.QuoteJsonConverter", "Corpus.Model.Json.SentenceJsonConverter",
                "Corpus.Model.Json.TermJsonConverter", "Corpus.Model.Json.WriteOnlyJsonConverter`1", "Corpus.Model.Mention", "Corpus.Model.Organization", "Corpus.Model.Paragraph", "Corpus.Model.Person", "Corpus.Model.Place",
                "Corpus.Model.Quote", "Corpus.Model.QuoteKind", "Corpus.Model.Sentence", "Corpus.Model.SourceLocation", "Corpus.Model.Term", "Corpus.Model.TextField", "Corpus.Model.Work",
            },
            Model.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Exactly_the_members_for_generated_code_are_hidden_from_IntelliSense()
    {
        // The catalog (only generated code holds one: Entities, Articles and Quotes wrap it), the
        // constructor of generated article classes, and the JSON converters that the
        // [JsonConverter] attributes (Corpus.Model's and generated code's) and System.Text.Json's
        // source generator name. An app uses none of them.
        string[] expected =
        {
            "M:Corpus.Model.Article..ctor(Corpus.Model.CorpusCatalog, System.Int32)",
            "M:Corpus.Model.CorpusCatalog.Load(System.Reflection.Assembly, System.UInt64, System.Func`3[Corpus.Model.CorpusCatalog,System.Int32,Corpus.Model.Article])",
            "T:Corpus.Model.CorpusCatalog",
            "T:Corpus.Model.Json.ArticleJsonConverter`1",
            "T:Corpus.Model.Json.EntityJsonConverter`1",
            "T:Corpus.Model.Json.MentionJsonConverter",
            "T:Corpus.Model.Json.ParagraphJsonConverter",
            "T:Corpus.Model.Json.QuoteJsonConverter",
            "T:Corpus.Model.Json.SentenceJsonConverter",
            "T:Corpus.Model.Json.TermJsonConverter",
            "T:Corpus.Model.Json.WriteOnlyJsonConverter`1",
        };

        var hidden = new List<string>();
        foreach (Type type in Model.GetExportedTypes())
        {
            if (IsHidden(type))
            {
                hidden.Add("T:" + type.FullName);
            }

            hidden.AddRange(VisibleMembers(type).Where(IsHidden).Select(Name));
        }

        Assert.Equal(expected, hidden.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_visible_member_that_takes_or_gives_a_catalog_is_hidden()
    {
        // A catalog comes only from generated code, so a member that needs one is plumbing.
        var exposed = new List<string>();
        foreach (Type type in Model.GetExportedTypes().Where(t => !IsHidden(t)))
        {
            foreach (MemberInfo member in VisibleMembers(type).Where(m => !IsHidden(m) && MentionsCatalog(m)))
            {
                exposed.Add(Name(member));
            }
        }

        Assert.Empty(exposed);
    }

    [Fact]
    public void No_collection_of_the_real_corpus_can_be_written_through_a_cast()
    {
        var objects = new List<object>();
        objects.AddRange(Articles.All);
        objects.AddRange(Entities.All);
        foreach (Article article in Articles.All)
        {
            objects.AddRange(article.Quotes);
            objects.AddRange(article.Mentions);
            objects.AddRange(article.Sentences);
            objects.AddRange(article.Paragraphs);
            objects.AddRange(article.Terms);
        }

        int collections = 0;
        foreach (object item in objects)
        {
            foreach (PropertyInfo property in item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
                {
                    continue;
                }

                object value = property.GetValue(item)!;
                collections++;
                string where = item.GetType().Name + "." + property.Name;
                Assert.False(value is Array, where + " is an array");
                Assert.False(value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(List<>), where + " is a List<T>");
                Assert.False(value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(Dictionary<,>), where + " is a Dictionary");
                if (value is IList list)
                {
                    Assert.True(list.IsReadOnly, where + " is a writable IList");
                }

                if (value is IDictionary dictionary)
                {
                    Assert.True(dictionary.IsReadOnly, where + " is a writable IDictionary");
                }
            }
        }

        // Every collection was seen, empty ones too (no shared empty array): 8 per article
        // (Byline, Tags, Metadata, Paragraphs, Mentions, Quotes, Terms, Sentences), 9 per entity,
        // 2 per quote (Sentences, Mentions) and 2 per sentence (Mentions, Quotes).
        int sentences = Articles.All.Sum(a => a.Sentences.Count);
        Assert.Equal((8 * Articles.All.Count) + (9 * Entities.All.Count) + (2 * Quotes.All.Count) + (2 * sentences), collections);
    }

    private static IEnumerable<MemberInfo> VisibleMembers(Type type) =>
        type.GetMembers(Declared).Where(m => m switch
        {
            MethodBase method => (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !method.IsSpecialName || method is ConstructorInfo && (method.IsPublic || method.IsFamily),
            PropertyInfo property => property.GetMethod is { } get && (get.IsPublic || get.IsFamily),
            FieldInfo field => field.IsPublic || field.IsFamily,
            Type nested => nested.IsNestedPublic,
            _ => false,
        });

    private static bool IsHidden(MemberInfo member) =>
        member.GetCustomAttribute<EditorBrowsableAttribute>(inherit: false)?.State == EditorBrowsableState.Never;

    private static bool MentionsCatalog(MemberInfo member) => member switch
    {
        MethodInfo method => method.ReturnType == typeof(CorpusCatalog) || method.GetParameters().Any(p => p.ParameterType == typeof(CorpusCatalog)),
        ConstructorInfo constructor => constructor.GetParameters().Any(p => p.ParameterType == typeof(CorpusCatalog)),
        PropertyInfo property => property.PropertyType == typeof(CorpusCatalog),
        _ => false,
    };

    private static string Name(MemberInfo member) => member switch
    {
        MethodBase method => "M:" + method.DeclaringType!.FullName + "." + method.Name + "(" + string.Join(", ", method.GetParameters().Select(p => p.ParameterType.ToString())) + ")",
        PropertyInfo property => "P:" + property.DeclaringType!.FullName + "." + property.Name,
        _ => "F:" + member.DeclaringType!.FullName + "." + member.Name,
    };
}
