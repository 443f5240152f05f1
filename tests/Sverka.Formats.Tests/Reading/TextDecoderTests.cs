using System.Text;
using CsCheck;
using Sverka.Core.Text;
using Sverka.Formats.Reading;

namespace Sverka.Formats.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Russian =
        "Мы вышли из дома рано утром. Солнце уже поднималось над рекой, и в воздухе пахло свежескошенной травой. " +
        "Старик сказал, что к полудню будет жарко, и велел взять с собой воды.";

    private const string Mixed =
        "The old man said it would be hot by noon.\n" +
        "Старик сказал, что к полудню будет жарко, и велел взять с собой воды. «Иди», — сказал он.\n";

    private static Encoding CodePage(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    private static DecodedText Decode(byte[] bytes, Encoding? forced = null) => TextDecoder.Decode(bytes, "ru.txt", forced);

    private static SverkaInputException Refused(byte[] bytes, string name = "ru.txt") =>
        Assert.Throws<SverkaInputException>(() => TextDecoder.Decode(bytes, name));

    [Fact]
    public void Utf8_without_a_byte_order_mark_is_read_as_utf8()
    {
        var decoded = Decode(Encoding.UTF8.GetBytes(Mixed));
        Assert.Equal(Mixed, decoded.Text);
        Assert.Equal(65001, decoded.Encoding.CodePage);
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_loses_the_mark()
    {
        var decoded = Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Russian)]);
        Assert.Equal(Russian, decoded.Text);
        Assert.Equal(65001, decoded.Encoding.CodePage);
    }

    [Theory]
    [InlineData(false, 1200)]
    [InlineData(true, 1201)]
    public void Utf16_with_a_byte_order_mark_is_read_in_its_byte_order(bool bigEndian, int codePage)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var decoded = Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Mixed)]);
        Assert.Equal(Mixed, decoded.Text);
        Assert.Equal(codePage, decoded.Encoding.CodePage);
    }

    [Fact]
    public void Utf32_with_a_byte_order_mark_is_read()
    {
        var encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        var decoded = Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Mixed)]);
        Assert.Equal(Mixed, decoded.Text);
        Assert.Equal(12000, decoded.Encoding.CodePage);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_recognised_by_its_nul_bytes()
    {
        var decoded = Decode(Encoding.Unicode.GetBytes(Mixed));
        Assert.Equal(Mixed, decoded.Text);
        Assert.Equal(1200, decoded.Encoding.CodePage);
    }

    [Theory]
    [InlineData(1251)]
    [InlineData(20866)]
    [InlineData(866)]
    public void Russian_in_a_legacy_code_page_is_read_in_that_code_page(int codePage)
    {
        var decoded = Decode(CodePage(codePage).GetBytes(Russian));
        Assert.Equal(Russian, decoded.Text);
        Assert.Equal(codePage, decoded.Encoding.CodePage);
    }

    [Theory]
    [InlineData(1251)]
    [InlineData(20866)]
    public void Russian_in_capitals_is_still_told_apart_by_its_letters(int codePage)
    {
        var shouting = Russian.ToUpperInvariant();
        var decoded = Decode(CodePage(codePage).GetBytes(shouting));
        Assert.Equal(shouting, decoded.Text);
    }

    [Theory]
    [InlineData(1251)]
    [InlineData(20866)]
    public void A_mixed_english_russian_file_in_a_code_page_keeps_both_languages(int codePage)
    {
        // KOI8-R has no guillemets or dashes: what the code page can hold is what must come back.
        var encoding = CodePage(codePage);
        var bytes = encoding.GetBytes(Mixed);
        var decoded = Decode(bytes);
        Assert.Equal(encoding.GetString(bytes), decoded.Text);
        Assert.Equal(codePage, decoded.Encoding.CodePage);
    }

    private static readonly string[] s_words =
    [
        "дом", "утром", "солнце", "река", "старик", "сказал", "что", "будет", "жарко", "воды", "взять", "собой",
        "мы", "вышли", "из", "над", "пахло", "травой", "полудню", "город", "книга", "читал", "письмо", "ночью",
        "ёлка", "объявление", "щука", "цифра", "эхо", "юг", "фонарь", "жизнь", "шёл", "человек", "время", "год",
    ];

    [Fact]
    public void Short_russian_sentences_in_any_legacy_code_page_read_back_exactly()
    {
        // Eight words at least: "Юг эхо юг мы." is honestly ambiguous between the code pages, a line of real text is not.
        var sentence = Gen.Int[0, s_words.Length - 1].Array[4, 8]
            .Select(ids => string.Join(' ', ids.Select(i => s_words[i])))
            .Select(words => char.ToUpperInvariant(words[0]) + words[1..] + ".");
        var codePages = Gen.OneOf(Gen.Const(1251), Gen.Const(20866), Gen.Const(866));
        Gen.Select(sentence.Array[2, 3], codePages).Sample((sentences, codePage) =>
        {
            var text = string.Join(' ', sentences);
            Assert.Equal(text, Decode(CodePage(codePage).GetBytes(text)).Text);
        }, iter: 2_000);
    }

    [Fact]
    public void Western_european_8_bit_text_is_read_as_windows_1252()
    {
        const string French = "Le café était fermé. Müller aß ein Brötchen. «Très bien», a-t-il dit.";
        var decoded = Decode(CodePage(1252).GetBytes(French));
        Assert.Equal(French, decoded.Text);
        Assert.Equal(1252, decoded.Encoding.CodePage);
    }

    [Fact]
    public void English_with_curly_quotes_in_windows_1252_is_read_as_windows_1252()
    {
        const string English = "“It’s hot,” he said – and left.";
        var decoded = Decode(CodePage(1252).GetBytes(English));
        Assert.Equal(English, decoded.Text);
    }

    [Fact]
    public void Utf8_with_one_damaged_byte_stays_utf8_with_a_replacement_character()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Russian), 0xD0];
        var decoded = Decode(bytes);
        Assert.Equal(65001, decoded.Encoding.CodePage);
        Assert.Equal(Russian + "\uFFFD", decoded.Text);
    }

    [Fact]
    public void Crlf_and_lone_cr_become_lf()
    {
        var decoded = Decode(Encoding.UTF8.GetBytes("one\r\ntwo\rthree\n\r\nfour\r"));
        Assert.Equal("one\ntwo\nthree\n\nfour\n", decoded.Text);
    }

    [Fact]
    public void No_break_and_other_unicode_spaces_are_kept()
    {
        const string Text = "10\u00A0000 руб.\u2009— т.\u202Fе. дорого\u3000!";
        Assert.Equal(Text, Decode(Encoding.UTF8.GetBytes(Text)).Text);
    }

    [Fact]
    public void Other_line_separators_are_left_alone()
    {
        const string Text = "one\u2028two\u0085three\fpage";
        Assert.Equal(Text, Decode(Encoding.UTF8.GetBytes(Text)).Text);
    }

    [Fact]
    public void A_nul_byte_marks_a_binary_file_and_the_message_says_where()
    {
        byte[] bytes = [.. "%PDF-1.4\n\u00FF\u00FE\n"u8, 0, 1, 2, 3];
        var e = Refused(bytes);
        Assert.Equal($"ru.txt: looks like a binary file (NUL byte at offset {bytes.Length - 4})", e.Message);
    }

    [Fact]
    public void Many_control_characters_mark_a_binary_file()
    {
        var bytes = new byte[200];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)(i % 3 == 0 ? 0x01 : 'a');
        var e = Refused(bytes);
        Assert.StartsWith("ru.txt: looks like a binary file (67 control characters, the first at offset 0)", e.Message);
    }

    [Fact]
    public void A_stray_control_character_in_a_long_text_is_kept()
    {
        var text = Russian + "\u0007" + Russian;
        Assert.Equal(text, Decode(Encoding.UTF8.GetBytes(text)).Text);
    }

    [Fact]
    public void A_nul_character_in_utf16_is_binary_too()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab\0cd")];
        Assert.Equal("ru.txt: looks like a binary file (NUL character at offset 2)", Refused(bytes).Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("en.txt: is empty", Refused([], "en.txt").Message);
    }

    [Fact]
    public void A_byte_order_mark_alone_is_empty()
    {
        Assert.Equal("en.txt: is empty", Refused([0xEF, 0xBB, 0xBF], "en.txt").Message);
    }

    [Fact]
    public void A_file_of_whitespace_is_refused()
    {
        var e = Refused(Encoding.UTF8.GetBytes(" \r\n\t\u00A0\n"), "en.txt");
        Assert.Equal("en.txt: is empty (only whitespace)", e.Message);
    }

    [Fact]
    public void A_forced_encoding_wins_over_detection()
    {
        var bytes = CodePage(1251).GetBytes(Russian);
        var decoded = Decode(bytes, TextDecoder.EncodingByName("koi8-r"));
        Assert.Equal(20866, decoded.Encoding.CodePage);
        Assert.Equal(CodePage(20866).GetString(bytes), decoded.Text);
    }

    [Fact]
    public void Forced_utf16_follows_the_byte_order_mark_of_the_file()
    {
        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var decoded = Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Russian)], TextDecoder.EncodingByName("utf-16"));
        Assert.Equal(Russian, decoded.Text);
        Assert.Equal(1201, decoded.Encoding.CodePage);
    }

    [Fact]
    public void A_strict_forced_encoding_refuses_invalid_bytes_with_a_message()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var e = Assert.Throws<SverkaInputException>(() => TextDecoder.Decode(CodePage(1251).GetBytes(Russian), "ru.txt", strict));
        Assert.StartsWith("ru.txt: is not valid utf-8", e.Message);
    }

    [Theory]
    [InlineData("utf-8", 65001)]
    [InlineData("UTF8", 65001)]
    [InlineData("utf-16", 1200)]
    [InlineData("utf-16be", 1201)]
    [InlineData("utf-32", 12000)]
    [InlineData("cp1251", 1251)]
    [InlineData("Windows-1251", 1251)]
    [InlineData("koi8-r", 20866)]
    [InlineData("KOI8_R", 20866)]
    [InlineData("cp866", 866)]
    [InlineData("windows-1252", 1252)]
    [InlineData("latin1", 28591)]
    [InlineData("iso-8859-5", 28595)]
    [InlineData("x-mac-cyrillic", 10007)]
    [InlineData("1251", 1251)]
    public void Encodings_are_found_by_the_names_people_type(string name, int codePage)
    {
        Assert.Equal(codePage, TextDecoder.EncodingByName(name).CodePage);
    }

    [Theory]
    [InlineData("klingon")]
    [InlineData("")]
    [InlineData("99999")]
    public void An_unknown_encoding_name_is_refused_with_the_known_ones(string name)
    {
        var e = Assert.Throws<SverkaInputException>(() => TextDecoder.EncodingByName(name));
        Assert.StartsWith($"unknown encoding '{name}' (try utf-8, utf-16", e.Message);
    }

    [Fact]
    public void Random_bytes_decode_or_are_refused_as_input_but_never_crash()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            try
            {
                var decoded = TextDecoder.Decode(bytes, "random.bin");
                Assert.DoesNotContain('\r', decoded.Text);
                Assert.False(decoded.Text.StartsWith('\uFEFF'));
            }
            catch (SverkaInputException e)
            {
                Assert.StartsWith("random.bin: ", e.Message);
                Assert.DoesNotContain('\n', e.Message);
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Random_text_in_any_supported_encoding_reads_back_unchanged_apart_from_line_breaks()
    {
        var russianLetters = Gen.Char['а', 'я'];
        var textChars = Gen.OneOf(russianLetters, Gen.Char['a', 'z'], Gen.Const(' '), Gen.Const('\n'), Gen.Const('.'));
        var encodings = Gen.OneOf(Gen.Const(65001), Gen.Const(1200), Gen.Const(1201));
        Gen.Select(textChars.Array[1, 300], encodings).Sample((chars, codePage) =>
        {
            var text = "x" + new string(chars);
            var encoding = Encoding.GetEncoding(codePage);
            byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
            Assert.Equal(text, TextDecoder.Decode(bytes, "t.txt").Text);
        });
    }
}
