using System.Text;
using System.Xml;

namespace Sverka.Formats.Writing;

/// <summary>
/// Keeps text writable as XML 1.0, which has no way to express most control characters, U+FFFE, U+FFFF or a lone
/// surrogate, not even as a character reference. They carry no meaning in a sentence, so they are dropped.
/// </summary>
internal static class XmlText
{
    public static string Valid(string text)
    {
        var bad = FirstInvalid(text);
        if (bad < 0)
            return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
        }
        return builder.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
