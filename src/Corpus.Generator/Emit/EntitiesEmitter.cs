using System.Collections.Generic;
using System.Globalization;
using Corpus.Generator.Specs;
using Corpus.Storage.Surface;
using Corpus.Syntax;
using Corpus.Syntax.Binding;

namespace Corpus.Generator.Emit;

/// <summary>Emits <c>Entities</c> (every entity, typed by kind) and one class per kind (<c>People</c>, …).</summary>
internal static class EntitiesEmitter
{
    public static string Emit(EntitiesSpec spec)
    {
        var w = new SourceWriter();
        w.Header();
        w.Open("namespace " + spec.Namespace);
        w.Summary("Every entity of the corpus: people, organizations, countries, places, groups, events and works.");
        w.Open("public static partial class Entities");
        for (int i = 0; i < spec.Entities.Count; i++)
        {
            EntitySurface entity = spec.Entities[i];
            w.Summary(entity.Documentation);
            w.Line("public static " + ModelTypes.EntityClass(entity.Kind) + " " + entity.MemberName + " => (" + ModelTypes.EntityClass(entity.Kind) + ")"
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
        w.Summary("The entities whose name or an alias is this surface form (case-insensitive, invariant culture), sorted by id: Find(\"Mr. Cha\").");
        w.Line("public static " + ModelTypes.ReadOnlyList + "<" + ModelTypes.Entity + "> Find(string surface) => " + CatalogEmitter.Catalog(spec.Namespace) + ".FindBySurface(surface);");
        w.Line();
        w.Summary("Finds the entity with this id.");
        w.Open("public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + ModelTypes.Entity + "? entity)");
        w.Line("entity = " + CatalogEmitter.Catalog(spec.Namespace) + ".FindEntity(id);");
        w.Line("return entity is not null;");
        w.Close();
        w.Close();

        // Only the kinds the corpus uses: an empty People class would claim a name for nothing.
        var used = new bool[ModelTypes.KindCount];
        foreach (EntitySurface entity in spec.Entities)
        {
            used[(int)entity.Kind] = true;
        }

        for (int kind = 0; kind < used.Length; kind++)
        {
            if (used[kind])
            {
                EmitKindClass(w, spec, (EntityKind)kind);
            }
        }

        w.Close();
        return w.ToString();
    }

    private static void EmitKindClass(SourceWriter w, EntitiesSpec spec, EntityKind kind)
    {
        string type = ModelTypes.EntityClass(kind);
        var names = new List<string>();
        w.Line();
        w.Summary("Every " + kind.ToKeyword() + " of the corpus.");
        w.Open("public static partial class " + GeneratedNames.KindClass(kind));
        foreach (EntitySurface entity in spec.Entities)
        {
            if (entity.Kind != kind)
            {
                continue;
            }

            string name = entity.MemberName;
            names.Add(name);
            w.Summary(entity.Documentation);
            w.Line("public static " + type + " " + name + " => global::" + spec.Namespace + ".Entities." + name + ";");
            w.Line();
        }

        w.Summary("Every " + kind.ToKeyword() + ", sorted by id.");
        // Read-only: a plain array could be cast back and changed for every caller.
        w.Line("public static " + ModelTypes.ReadOnlyList + "<" + type + "> All { get; } = global::System.Array.AsReadOnly(new " + type + "[] { " + string.Join(", ", names) + " });");
        w.Close();
    }
}
