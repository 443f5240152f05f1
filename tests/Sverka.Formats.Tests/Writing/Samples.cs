using System.Text;
using Sverka.Core.Alignment;
using Sverka.Core.Languages;
using Sverka.Core.Pipeline;
using Sverka.Core.Text;

namespace Sverka.Formats.Tests.Writing;

/// <summary>Small bitexts built by hand, sentence spans and all, so that writer tests need no segmenter.</summary>
internal static class Samples
{
    /// <summary>
    /// Four English and four Russian sentences in four beads (2-1, 1-1, 0-1, 1-1), with a line break and XML
    /// specials inside one sentence, a tab in another and a control character in a third.
    /// </summary>
    public static AlignmentResult Story(BilingualSplit? split = null)
    {
        var source = Build("en",
            ["The sun rose.", "It was hot.", "The old man said:\n\"Go & see <now>.\"", "Nobody\tanswered."],
            ["", " ", "\n", "\n"], "\n");
        var target = Build("ru",
            ["Солнце взошло, было жарко.", "Старик сказал:\u00A0«Иди и\u0007 смотри».", "Лишняя фраза.", "Никто не ответил."],
            ["", "\n", "\n\n", "\n"], "\n");
        Bead[] beads =
        [
            new(0, 2, 0, 1, 0.95f),
            new(2, 1, 1, 1, 0.8125f),
            new(3, 0, 2, 1, 0.3f),
            new(3, 1, 3, 1, 0.9f),
        ];
        return new AlignmentResult(source, target, new SentenceAlignment(beads, 4, 4), split);
    }

    /// <summary>
    /// One pair of sentences from a plain-text file wrapped at a fixed width: each runs over a line break into an
    /// indented line, the English indented with no-break spaces as Debian's text guides are.
    /// </summary>
    public static AlignmentResult Wrapped()
    {
        var source = Build("en", ["Permission is granted to copy\n\u00A0\u00A0\u00A0 this document  as it is."], [""]);
        var target = Build("ru", ["Разрешается копировать \n    этот документ  как есть."], [""]);
        return new AlignmentResult(source, target, new SentenceAlignment([new Bead(0, 1, 0, 1, 0.9f)], 1, 1), null);
    }

    /// <summary>A document whose text is each separator followed by its sentence, then a trailing string.</summary>
    public static Document Build(string language, string[] sentences, string[] separators, string trailer = "")
    {
        var text = new StringBuilder();
        var spans = new Sentence[sentences.Length];
        var paragraph = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            var separator = i < separators.Length ? separators[i] : " ";
            if (separator.Contains('\n', StringComparison.Ordinal) && i > 0)
                paragraph++;
            text.Append(separator);
            spans[i] = new Sentence(new TextSpan(text.Length, sentences[i].Length), paragraph);
            text.Append(sentences[i]);
        }
        text.Append(trailer);
        return new Document(text.ToString(), language, spans);
    }

    /// <summary>What a writer writes, as a string.</summary>
    public static string Render(Formats.Writing.IAlignmentWriter writer, AlignmentResult result)
    {
        using var output = new Utf8StringWriter();
        writer.Write(result, output);
        return output.ToString();
    }

    /// <summary>A string writer that declares UTF-8, as a file written by the CLI does, so XML says so too.</summary>
    public sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
