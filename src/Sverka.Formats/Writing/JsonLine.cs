using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Sverka.Formats.Writing;

/// <summary>
/// One JSON writer and its buffers reused for every line: Utf8JsonWriter writes bytes, so each finished line
/// is decoded once into a reused character buffer and handed to the text writer.
/// </summary>
internal sealed class JsonLine : IDisposable
{
    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _bytes = new(4096);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[4096];

    public JsonLine(TextWriter output, JsonWriterOptions options)
    {
        _output = output;
        _json = new Utf8JsonWriter(_bytes, options);
    }

    public Utf8JsonWriter Start()
    {
        _bytes.ResetWrittenCount();
        _json.Reset(_bytes);
        return _json;
    }

    public void End()
    {
        _json.Flush();
        var bytes = _bytes.WrittenSpan;
        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed)
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        var length = Encoding.UTF8.GetChars(bytes, _chars);
        _output.Write(_chars.AsSpan(0, length));
        _output.Write('\n');
    }

    public void Dispose() => _json.Dispose();
}
