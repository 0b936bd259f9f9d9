using System;
using System.Runtime.CompilerServices;
using Corpus.Syntax.Binding;

namespace Corpus.Generator.Specs;

/// <summary>
/// The model last bound from each layout, with the entity table it was bound against. Binding
/// fans out from the collected layouts, so every change binds every article again; a layout the
/// driver cached and a table it cached are the previous run's instances, and binding them again
/// would rebuild an equal model. The pair is keyed by instance, never by value, so a hit is
/// exactly a repeat of the previous call. Weak on the layout: an entry lives as long as the
/// driver keeps the layout, and nothing here outlives a compilation's caches.
/// </summary>
internal static class BoundModelCache
{
    private static readonly ConditionalWeakTable<ArticleLayout, Slot> Slots = new();

    public static ArticleModel GetOrBind(ArticleLayout layout, EntityTable entities, Func<ArticleLayout, EntityTable, ArticleModel> bind)
    {
        Slot slot = Slots.GetValue(layout, static _ => new Slot());
        Bound? last = slot.Last;
        if (last is not null && ReferenceEquals(last.Entities, entities))
        {
            return last.Model;
        }

        ArticleModel model = bind(layout, entities);
        slot.Last = new Bound(entities, model);
        return model;
    }

    private sealed class Slot
    {
        // Replaced as a whole, so a reader on another thread sees a table and its model together.
        public volatile Bound? Last;
    }

    private sealed class Bound
    {
        public Bound(EntityTable entities, ArticleModel model)
        {
            Entities = entities;
            Model = model;
        }

        public EntityTable Entities { get; }

        public ArticleModel Model { get; }
    }
}
