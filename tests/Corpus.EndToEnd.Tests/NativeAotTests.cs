using System;
using System.IO;
using Corpus.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The corpus package in a Native AOT app (Fixtures/aot-consumer): published with trimming and
/// AOT analysis warnings as errors, and the native executable reads the corpus from its image and
/// writes JSON through Corpus.Model's source-generated context and through one of its own.
/// </summary>
[Trait("Tier", "Full")]
public sealed class NativeAotTests
{
    [NativeAotFact]
    public void A_native_AOT_app_publishes_without_warnings_reads_the_corpus_and_writes_its_json()
    {
        PackedPackages packages = PackedPackages.Instance;
        string project = packages.CopyFixture("aot-consumer");

        ProcessResult publish = packages.Dotnet(project, "publish", "-c", "Release", "-r", "linux-x64", "-nologo", "-p:CorpusPackageVersion=" + PackedPackages.Version);

        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.DoesNotContain("warning", publish.StandardOutput, StringComparison.OrdinalIgnoreCase);
        string executable = Path.Combine(project, "bin", "Release", "net10.0", "linux-x64", "publish", "AotConsumer");
        ProcessResult run = ChildProcess.Run(executable, Array.Empty<string>(), project, packages.Environment(), TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            "2 articles, 38 quotations\n"
            + "Victor D. Cha: Beijing may not know how to rein in North Korea’s efforts to help the Kremlin\n"
            + "Victor D. Cha: China is caught between paralysis and incompetence on this. While they are supporting Russia’s efforts in the war indirectly, they cannot be happy with the D.P.R.K. piece,\n"
            + "Victor D. Cha: There is nothing good for them in this, short or long term.\n"
            + """{"article":"china-may-chafe","field":"body","start":1929,"end":2006,"surface":"Beijing may not know how to rein in North Korea\u2019s efforts to help the Kremlin","text":"Beijing may not know how to rein in North Korea\u2019s efforts to help the Kremlin","speaker":"victor-cha","kind":"indirect","paragraph":6}""" + "\n"
            + """{"id":"victor-cha","kind":"person","name":"Victor D. Cha","aliases":["Mr. Cha"],"description":"Professor of government and international affairs at Georgetown University and Korea chair at the Center for Strategic and International Studies.","wikidata":null,"affiliations":["georgetown-university","csis"],"mentions":2,"quotes":3,"articles":["china-may-chafe"]}""" + "\n"
            + """{"article":"china-north-korea-ukraine-war","field":"body","start":6773,"end":6829,"surface":"These developments could quickly derail Beijing\u2019s quest.","text":"These developments could quickly derail Beijing\u2019s quest.","speaker":"peter-dutton","kind":"direct","paragraph":19,"name":"derail"}""" + "\n"
            + "articles/china-may-chafe.txt(10,5) lloyd-austin: But North Korea’s decision to dispatch thousands of troops to Russia to fight Ukraine, revealed this week by Defense Secretary Lloyd J. Austin III, will test those bonds like never before.\n"
            + "articles/china-may-chafe.txt(14,145) china: China has tried to cast itself as a force for peace and contrast itself with the United States, which it accuses of trying to wage a new Cold War.\n"
            + "articles/china-may-chafe.txt(20,251) victor-cha: Beijing may not know how to rein in North Korea’s efforts to help the Kremlin, said Victor D. Cha, a professor of government and international affairs at Georgetown University and the Korea chair at the Center for Strategic and International Studies in Washington.\n"
            + "articles/china-may-chafe.txt(22,211) victor-cha: “China is caught between paralysis and incompetence on this.\n"
            + "articles/china-may-chafe.txt(22,430) victor-cha: “There is nothing good for them in this, short or long term.”\n"
            + "articles/china-may-chafe.txt(26,138) china: China has not commented on the presence of North Korean soldiers in Russia other than to say that it hopes all parties in the conflict will de-escalate and work toward a political settlement.\n"
            + "articles/china-may-chafe.txt(28,198) xi-jinping: At a summit of emerging market countries in Russia on Wednesday, China’s top leader, Xi Jinping, reiterated that stance by calling on countries not to add “oil to the fire.”\n"
            + "articles/china-may-chafe.txt(28,238) xi-jinping: At a summit of emerging market countries in Russia on Wednesday, China’s top leader, Xi Jinping, reiterated that stance by calling on countries not to add “oil to the fire.”\n"
            + "articles/china-may-chafe.txt(30,42) united-states: The United States says China could help end the fighting by pulling its support for Russia, which includes supplying dual-use technologies — items as varied as microchips, chemicals or drones that can go into either civilian products or weapons — and buying massive quantities of Russian oil.\n"
            + "articles/china-north-korea-ukraine-war.txt(6,325) mao-zedong: But it was important to defend North Korea in that battle, Mao reportedly said, because “without the lips, the teeth are cold”.\n"
            + "articles/china-north-korea-ukraine-war.txt(6,498) mao-zedong: But it was important to defend North Korea in that battle, Mao reportedly said, because “without the lips, the teeth are cold”.\n"
            + "articles/china-north-korea-ukraine-war.txt(10,52) united-states: Last month, the US revealed that it had seen evidence of thousands of North Korean troops being sent to Russia for possible deployment on the frontlines of the war in Ukraine.\n"
            + "articles/china-north-korea-ukraine-war.txt(10,298) united-states: On Tuesday, it said at least 10,000 had reached Kursk province, and on Wednesday Ukrainian officials said some North Korean troops had already come under fire.\n"
            + "articles/china-north-korea-ukraine-war.txt(10,450) ukrainian-officials: On Tuesday, it said at least 10,000 had reached Kursk province, and on Wednesday Ukrainian officials said some North Korean troops had already come under fire.\n"
            + "articles/china-north-korea-ukraine-war.txt(14,36) china: Officially, China claims it is not involved in the Russia-North Korea relationship, which was strengthened in June when Moscow and Pyongyang signed a mutual defence pact.\n"
            + "articles/china-north-korea-ukraine-war.txt(14,657) dennis-wilder: But it is Moscow’s closest ally and primary supporter in its war on Ukraine, and while analysts say there is dwindling trust between Beijing and Pyongyang, its supply of what Dennis Wilder, a senior research fellow at Georgetown University, called an “IV drip” of support is vital for North Korea.\n"
            + "articles/china-north-korea-ukraine-war.txt(16,126) matthew-miller: Last week, US state department spokesperson Matthew Miller said Washington had been communicating to Beijing that the presence of North Korean troops in Russia’s war effort “ought to be a source of concern for China”.\n"
            + "articles/china-north-korea-ukraine-war.txt(16,345) matthew-miller: Last week, US state department spokesperson Matthew Miller said Washington had been communicating to Beijing that the presence of North Korean troops in Russia’s war effort “ought to be a source of concern for China”.\n"
            + "articles/china-north-korea-ukraine-war.txt(20,162) chinese-foreign-ministry: On Friday, China’s foreign ministry spokesperson said the reports of North Korean soldiers in Russia was “their own business”.\n"
            + "articles/china-north-korea-ukraine-war.txt(20,263) chinese-foreign-ministry: On Friday, China’s foreign ministry spokesperson said the reports of North Korean soldiers in Russia was “their own business”.\n"
            + "articles/china-north-korea-ukraine-war.txt(22,210) xi-jinping-thought-on-diplomacy: According to Xi Jinping Thought on Diplomacy, the ideology that guides China’s foreign policy, countries should work towards a “common destiny”.\n"
            + "articles/china-north-korea-ukraine-war.txt(22,259) xi-jinping-thought-on-diplomacy: According to Xi Jinping Thought on Diplomacy, the ideology that guides China’s foreign policy, countries should work towards a “common destiny”.\n"
            + "articles/china-north-korea-ukraine-war.txt(22,528) shen-dingli: But “I am not sure if the Chinese government really believes what it says”, says Shen Dingli, a senior international relations scholar in Shanghai, who also says the situation risks becoming “awkward” for China.\n"
            + "articles/china-north-korea-ukraine-war.txt(22,666) shen-dingli: But “I am not sure if the Chinese government really believes what it says”, says Shen Dingli, a senior international relations scholar in Shanghai, who also says the situation risks becoming “awkward” for China.\n"
            + "articles/china-north-korea-ukraine-war.txt(22,705) shen-dingli: But “I am not sure if the Chinese government really believes what it says”, says Shen Dingli, a senior international relations scholar in Shanghai, who also says the situation risks becoming “awkward” for China.\n"
            + "articles/china-north-korea-ukraine-war.txt(24,124) china: Beijing has repeatedly accused the US of pursuing a “new cold war mentality” with regards to China.\n"
            + "articles/china-north-korea-ukraine-war.txt(26,1) zhu-feng: The arrangement between Russia and North Korea risked establishing a bloc, inevitably including China, which would be pitted against a US-South Korea-Japan alliance, says Zhu Feng, dean of the Institute of International Studies at Nanjing University.\n"
            + "articles/china-north-korea-ukraine-war.txt(26,438) zhu-feng: But he says China doesn’t want to reestablish these cold war-era triangles, even with its allies.\n"
            + "articles/china-north-korea-ukraine-war.txt(26,749) zhu-feng: “The problem is that kind of cold war mentality is completely against the Chinese national interest.\n"
            + "articles/china-north-korea-ukraine-war.txt(28,100) zhu-feng: “So far I think Beijing’s option is to keep watching.\n"
            + "articles/china-north-korea-ukraine-war.txt(30,94) feng-yujun: Feng Yujun, a professor at Peking University, also says China should be “highly vigilant” about the situation, in a recent article that was translated by the Sinification newsletter.\n"
            + "articles/china-north-korea-ukraine-war.txt(30,138) feng-yujun: Feng Yujun, a professor at Peking University, also says China should be “highly vigilant” about the situation, in a recent article that was translated by the Sinification newsletter.\n"
            + "articles/china-north-korea-ukraine-war.txt(30,388) feng-yujun: “China cannot ignore the historical lesson that gradual changes can lead to a qualitative shift,” Feng writes.\n"
            + "articles/china-north-korea-ukraine-war.txt(36,223) tong-zhao: “Should Moscow go as far as to assist Pyongyang’s nuclear program … it would pose a severe challenge to the international nonproliferation regime, in which China has a significant stake,” says Tong Zhao, a senior fellow at the Carnegie Endowment for International Peace.\n"
            + "articles/china-north-korea-ukraine-war.txt(38,220) tong-zhao: “China today envisions a strategic coalition with Russia and North Korea, but with itself in the driver’s seat, wary of either partner taking radical initiatives beyond its control.”\n"
            + "articles/china-north-korea-ukraine-war.txt(40,519) shen-dingli: “China sees more harm from sending North Korean forces into Russia than potential benefit,” Shen says.\n"
            + "articles/china-north-korea-ukraine-war.txt(44,161) peter-dutton: “China spent decades settling boundary disputes and building a productive relationship with Russia to create room for its strategic goals,” says professor Peter Dutton, senior fellow at Yale Law School’s Paul Tsai China Center.\n"
            + "articles/china-north-korea-ukraine-war.txt(44,399) peter-dutton: “These developments could quickly derail Beijing’s quest.”\n"
            + "victor-cha\n",
            run.StandardOutput);
    }
}

/// <summary>
/// A fact skipped, saying why, where Native AOT cannot link (no clang: Debian's <c>clang</c>
/// package) on a developer's machine. In CI (CI=true), where .ci/run installs clang, it runs.
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!OperatingSystem.IsLinux() || (!ci && !OnPath("clang")))
        {
            Skip = "Native AOT needs Linux and clang here (Debian: apt-get install clang; .ci/run installs it)";
        }
    }

    private static bool OnPath(string name)
    {
        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (directory.Length > 0 && File.Exists(Path.Combine(directory, name)))
            {
                return true;
            }
        }

        return false;
    }
}
