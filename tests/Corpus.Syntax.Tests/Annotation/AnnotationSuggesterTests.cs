using System.Linq;
using Corpus.Syntax.Annotation;
using Corpus.Syntax.Binding;

namespace Corpus.Syntax.Tests.Annotation;

/// <summary>The suggestion engine's rules on small texts, each with its exact offsets, speaker and rule.</summary>
public sealed class AnnotationSuggesterTests
{
    private const string Registry = """
        @victor-cha person
        name: Victor D. Cha
        aliases: Mr. Cha

        @zhu-feng person
        name: Zhu Feng
        aliases: Zhu

        @united-states country
        name: United States
        aliases: US

        @north-korea country
        name: North Korea
        aliases: North

        @north-koreans group
        name: North Koreans
        aliases: North Korean

        @russia country
        name: Russia

        @ukraine country
        name: Ukraine

        @war-in-ukraine event
        name: War in Ukraine
        aliases: war in Ukraine; invasion of Ukraine

        @chinese-foreign-ministry organization
        name: Chinese foreign ministry
        aliases: foreign ministry

        @china country
        name: China

        @beijing place
        name: Beijing

        @west group
        name: West
        aliases: west
        """;

    private static readonly EntityTable Entities = RegistryBinder.Bind(new[] { TestCorpus.Registry(Registry) });

    private static ArticleSuggestions Suggest(string body) => AnnotationSuggester.Suggest(TestCorpus.Body(body), Entities);

    private static string[] Mentions(ArticleSuggestions s) =>
        s.Mentions.Select(m => m.Start + "+" + m.Length + " " + m.Text + " @" + m.EntityId + " " + m.Rule).ToArray();

    [Fact]
    public void Names_match_longest_first_on_word_boundaries_with_possessives()
    {
        ArticleSuggestions s = Suggest("North Korean troops reached Russia’s border; North Korea and the North agree.");

        Assert.Equal(
            new[]
            {
                "0+12 North Korean @north-koreans alias",
                "28+6 Russia @russia name",
                "45+11 North Korea @north-korea name",
                "65+5 North @north-korea alias",
            },
            Mentions(s));
    }

    [Fact]
    public void Letter_case_is_exact_so_US_is_not_us()
    {
        ArticleSuggestions s = Suggest("Let us see what the US does, and the USA too.");

        Assert.Equal(new[] { "20+2 US @united-states alias" }, Mentions(s));
    }

    [Fact]
    public void A_name_broken_over_two_lines_is_one_mention()
    {
        ArticleSuggestions s = Suggest("Troops from North\nKorea arrived.");

        Assert.Equal(new[] { "12+11 North Korea @north-korea name" }, Mentions(s));
    }

    [Fact]
    public void A_country_inside_an_events_name_is_nested_and_a_lowercase_word_alias_is_less_sure()
    {
        ArticleSuggestions s = Suggest("Since the invasion of Ukraine, the west has paid.");

        Assert.Equal(
            new[]
            {
                "10+19 invasion of Ukraine @war-in-ukraine alias",
                "22+7 Ukraine @ukraine nested-in-event",
                "35+4 west @west alias-common-word",
            },
            Mentions(s));
        Assert.Equal(0.7, s.Mentions[2].Confidence);
    }

    [Fact]
    public void Existing_mentions_are_not_proposed_again()
    {
        ArticleSuggestions s = Suggest("[Russia]{@russia} and Russia.");

        Assert.Equal(new[] { "11+6 Russia @russia name" }, Mentions(s));
    }

    [Fact]
    public void A_quotation_followed_by_its_speaker_and_said_is_attributed()
    {
        ArticleSuggestions s = Suggest("“China is caught,” Mr. Cha said. “There is nothing good.”");

        Assert.Equal(
            new[] { "1+16 @victor-cha Direct quote-cue-after/cue-subject 0.95", "34+22 @victor-cha Direct continues-quotation 0.8" },
            s.Quotations.Select(q => q.Start + "+" + q.Length + " @" + q.SpeakerId + " " + q.Kind + " " + q.Rule + " " + q.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    [Fact]
    public void Said_before_a_colon_and_said_then_the_name_are_cues()
    {
        ArticleSuggestions before = Suggest("Zhu Feng said: “We have to be aware.”");
        ArticleSuggestions after = Suggest("“We have to be aware,” said Victor D. Cha.");

        Assert.Equal("zhu-feng quote-cue-before/cue-subject", before.Quotations.Single().SpeakerId + " " + before.Quotations.Single().Rule);
        Assert.Equal("victor-cha quote-cue-after/cue-object", after.Quotations.Single().SpeakerId + " " + after.Quotations.Single().Rule);
    }

    [Fact]
    public void A_pronoun_takes_the_latest_compatible_speaker_or_mention()
    {
        ArticleSuggestions s = Suggest("Zhu Feng met officials from China. “It is hard,” he said.");

        QuotationSuggestion quote = s.Quotations.Single();
        Assert.Equal("zhu-feng", quote.SpeakerId);
        Assert.Equal("quote-cue-after/pronoun-nearest", quote.Rule);
    }

    [Fact]
    public void A_spokesperson_speaks_for_the_institution_named_before_the_title()
    {
        ArticleSuggestions s = Suggest("China’s foreign ministry spokesperson said the reports of troops were “their own business”.");

        ReportedSpeechSuggestion reported = s.ReportedSpeech.Single();
        Assert.Equal("the reports of troops were “their own business”", reported.Text);
        Assert.Equal("chinese-foreign-ministry reported-after-verb/spokesperson-of", reported.SpeakerId + " " + reported.Rule);
        QuotationSuggestion quote = s.Quotations.Single();
        Assert.Equal("chinese-foreign-ministry inside-reported-speech Partial", quote.SpeakerId + " " + quote.Rule + " " + quote.Kind);
    }

    [Fact]
    public void Reported_speech_after_the_verb_ends_at_a_comma_before_which()
    {
        ArticleSuggestions s = Suggest("The United States says China could help end the fighting, which includes technology.");

        ReportedSpeechSuggestion reported = s.ReportedSpeech.Single();
        Assert.Equal((23, "China could help end the fighting", "united-states"), (reported.Start, reported.Text, reported.SpeakerId));
    }

    [Fact]
    public void Reported_speech_before_said_and_the_name()
    {
        ArticleSuggestions s = Suggest("Beijing may not know how to rein in North Korea, said Victor D. Cha, a professor.");

        ReportedSpeechSuggestion reported = s.ReportedSpeech.Single();
        Assert.Equal((0, "Beijing may not know how to rein in North Korea", "victor-cha", "reported-before-verb/cue-object"), (reported.Start, reported.Text, reported.SpeakerId, reported.Rule));
    }

    [Fact]
    public void A_whole_sentence_after_But_is_direct_and_says_so()
    {
        ArticleSuggestions s = Suggest("But “I am not sure if it believes it”, says Zhu Feng.");

        QuotationSuggestion quote = s.Quotations.Single();
        Assert.Equal((QuoteKind.Direct, true, "zhu-feng"), (quote.Kind, quote.KindOverride, quote.SpeakerId));
    }

    [Fact]
    public void A_term_with_no_cue_gets_no_speaker()
    {
        ArticleSuggestions s = Suggest("Their ties were as close as “lips and teeth.”");

        Assert.Empty(s.Quotations);
    }

    [Fact]
    public void A_place_is_never_a_speaker()
    {
        ArticleSuggestions s = Suggest("“We will see,” Beijing said.");

        Assert.Empty(s.Quotations);
    }

    [Fact]
    public void The_engine_is_deterministic_and_linear_enough_for_a_long_paragraph()
    {
        string sentence = "“We will see,” Mr. Cha said of North Korea and the US. ";
        string body = string.Concat(Enumerable.Repeat(sentence, 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        ArticleSuggestions s = Suggest(body);
        watch.Stop();

        Assert.Equal(60_000, s.Mentions.Count);
        Assert.Equal(20_000, s.Quotations.Count);
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(20), "took " + watch.Elapsed);
    }

    [Fact]
    public void A_sentence_with_a_verb_every_few_words_is_read_in_linear_time()
    {
        // One sentence, no full stop: each "said" could start or end a reported clause.
        string body = string.Concat(Enumerable.Repeat("Zhu Feng said that China, said Victor D. Cha, ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        ArticleSuggestions s = Suggest(body);
        watch.Stop();

        Assert.Equal(60_000, s.Mentions.Count);
        Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(20), "took " + watch.Elapsed);
    }

    [Fact]
    public void Plain_text_without_a_front_matter_is_all_body()
    {
        ArticleSuggestions s = new AnnotationSuggester(Entities).Suggest("“It is late,” said Zhu Feng in Beijing.");

        Assert.Equal(new[] { "19+8 Zhu Feng @zhu-feng name", "31+7 Beijing @beijing name" }, Mentions(s));
        Assert.Equal("zhu-feng", s.Quotations.Single().SpeakerId);
    }
}
