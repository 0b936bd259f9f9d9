using System;
using System.Collections.Generic;

namespace Corpus.Syntax.Annotation;

/// <summary>
/// The words the rules read: verbs that introduce speech, the adverbs that may stand
/// between a speaker and the verb, pronouns and the kinds they may stand for, and titles
/// that stand for an institution's speaker. Lowercase, compared ordinally after lowering.
/// </summary>
internal static class SpeechCues
{
    /// <summary>Verbs that attribute a quotation next to them ("…,” Mr. Cha said).</summary>
    public static readonly HashSet<string> QuoteVerbs = Set(
        "said", "says", "say", "told", "tells", "writes", "wrote", "added", "adds", "explained", "explains", "noted", "notes",
        "argued", "argues", "claimed", "claims", "stated", "states", "insisted", "insists", "warned", "warns", "declared",
        "announced", "asked", "asks", "replied", "replies", "continued", "continues", "recalled", "recalls", "called", "calls", "urged", "urges");

    /// <summary>Verbs whose clause is reported speech ("The United States says China could help …").</summary>
    public static readonly HashSet<string> ReportVerbs = Set(
        "said", "says", "told", "tells", "writes", "wrote", "added", "adds", "argued", "argues", "claimed", "claims",
        "revealed", "reveals", "stated", "states", "insisted", "insists", "warned", "warns", "announced", "announces",
        "declared", "declares", "acknowledged", "acknowledges", "reported", "reports");

    /// <summary>Verbs of an appeal whose object clause is what the speaker asked: "by calling on countries not to …".</summary>
    public static readonly HashSet<string> AppealVerbs = Set("calling", "urging", "appealing");

    /// <summary>Words that may stand between a speaker and its verb: "Mao reportedly said", "Feng also says".</summary>
    public static readonly HashSet<string> Adverbs = Set(
        "also", "reportedly", "repeatedly", "has", "have", "had", "officially", "publicly", "then", "later", "once", "still",
        "further", "recently", "previously", "again", "often", "just", "separately", "privately", "earlier");

    /// <summary>Words between a verb and the speaker named after it: "says professor Peter Dutton".</summary>
    public static readonly HashSet<string> Titles = Set(
        "professor", "prof.", "dr.", "mr.", "mrs.", "ms.", "president", "minister", "secretary", "defense", "foreign", "prime",
        "spokesperson", "spokesman", "spokeswoman", "analyst", "chairman", "senator", "general", "gen.", "ambassador", "director",
        "chief", "this", "week", "by", "the", "last", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Nouns that stand for an institution's unnamed speaker: "the foreign ministry spokesperson said".</summary>
    public static readonly HashSet<string> Spokespeople = Set(
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokespersons", "representative", "representatives", "official", "officials");

    /// <summary>Conjunctions after which a whole quoted sentence is still direct speech: "But “I am not sure …”".</summary>
    public static readonly HashSet<string> SentenceConjunctions = Set("but", "and", "yet", "so", "or");

    /// <summary>Words after which a comma ends a reported clause: ", which includes …", ", in a recent article".</summary>
    public static readonly HashSet<string> ClauseBreakers = Set(
        "which", "and", "in", "who", "but", "while", "according", "as", "said", "says", "referring", "because", "other", "where", "when");

    public static bool IsPersonPronoun(string word) => word is "he" or "she" or "who" or "He" or "She";

    public static bool IsInstitutionPronoun(string word) => word is "it" or "they" or "It" or "They";

    public static bool CanSpeak(EntityKind kind) => kind != EntityKind.Place && kind != EntityKind.Event;

    /// <summary>What a pronoun may stand for: a person for he/she/who, an institution, country or group for it/they.</summary>
    public static bool Fits(string pronoun, EntityKind kind) => IsPersonPronoun(pronoun)
        ? kind == EntityKind.Person
        : kind is EntityKind.Organization or EntityKind.Country or EntityKind.Group;

    public static string Lower(string word) => word.ToLowerInvariant();

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
