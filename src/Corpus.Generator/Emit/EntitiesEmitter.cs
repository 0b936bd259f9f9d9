using System.Collections.Generic;
using System.Globalization;
using Corpus.Generator.Specs;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Naming;

namespace Corpus.Generator.Emit;

/// <summary>Emits <c>Entities</c> (every entity, typed by kind) and one class per kind (<c>People</c>, …).</summary>
internal static class EntitiesEmitter
{
    public static string Emit(CorpusIndexSpec spec)
    {
        var w = new SourceWriter();
        w.Header();
        w.Open("namespace " + spec.Namespace);
        w.Summary("Every entity of the corpus: people, organizations, countries, places, groups, events and works.");
        w.Open("public static partial class Entities");
        for (int i = 0; i < spec.Entities.Count; i++)
        {
            EntityDeclaration entity = spec.Entities[i];
            w.Summary(Documentation(entity));
            w.Line("public static " + ModelTypes.EntityClass(entity.Kind) + " " + CSharpNames.FromId(entity.Id) + " => (" + ModelTypes.EntityClass(entity.Kind) + ")"
                + CatalogEmitter.Catalog(spec.Namespace) + ".Entities[" + i.ToString(CultureInfo.InvariantCulture) + "];");
            w.Line();
        }

        w.Summary("Every entity, sorted by id.");
        w.Line("public static " + ModelTypes.ReadOnlyList + "<" + ModelTypes.Entity + "> All => " + CatalogEmitter.Catalog(spec.Namespace) + ".Entities;");
        w.Line();
        w.Summary("The number of entities.");
        w.Line("public static int Count => " + spec.Entities.Count.ToString(CultureInfo.InvariantCulture) + ";");
        w.Line();
        w.Summary("The entity with this id; throws KeyNotFoundException when there is none.");
        w.Line("public static " + ModelTypes.Entity + " Get(string id) => " + CatalogEmitter.Catalog(spec.Namespace) + ".FindEntity(id) ?? throw new global::System.Collections.Generic.KeyNotFoundException(\"No entity has the id '\" + id + \"'.\");");
        w.Line();
        w.Summary("Finds the entity with this id.");
        w.Open("public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + ModelTypes.Entity + "? entity)");
        w.Line("entity = " + CatalogEmitter.Catalog(spec.Namespace) + ".FindEntity(id);");
        w.Line("return entity is not null;");
        w.Close();
        w.Close();

        foreach (EntityKind kind in new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Country, EntityKind.Place, EntityKind.Group, EntityKind.Event, EntityKind.Work })
        {
            EmitKindClass(w, spec, kind);
        }

        w.Close();
        return w.ToString();
    }

    private static void EmitKindClass(SourceWriter w, CorpusIndexSpec spec, EntityKind kind)
    {
        string type = ModelTypes.EntityClass(kind);
        var names = new List<string>();
        w.Line();
        w.Summary("Every " + kind.ToKeyword() + " of the corpus.");
        w.Open("public static partial class " + GeneratedNames.KindClass(kind));
        foreach (EntityDeclaration entity in spec.Entities)
        {
            if (entity.Kind != kind)
            {
                continue;
            }

            string name = CSharpNames.FromId(entity.Id);
            names.Add(name);
            w.Summary(Documentation(entity));
            w.Line("public static " + type + " " + name + " => global::" + spec.Namespace + ".Entities." + name + ";");
            w.Line();
        }

        w.Summary("Every " + kind.ToKeyword() + ", sorted by id.");
        w.Line("public static " + ModelTypes.ReadOnlyList + "<" + type + "> All { get; } = new " + type + "[] { " + string.Join(", ", names) + " };");
        w.Close();
    }

    private static string Documentation(EntityDeclaration entity) =>
        entity.Description is null ? entity.Name + " (" + entity.Kind.ToKeyword() + ")." : entity.Name + " (" + entity.Kind.ToKeyword() + "): " + entity.Description;
}
