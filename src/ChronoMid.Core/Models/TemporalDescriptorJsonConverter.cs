using System.Text.Json;
using System.Text.Json.Serialization;
using ChronoMid.Temporal;

namespace ChronoMid.Models;

/// <summary>Writes a temporal descriptor as its compact text form, for example <c>image+abs+ts</c>.</summary>
internal sealed class TemporalDescriptorJsonConverter : JsonConverter<TemporalDescriptor>
{
    public override TemporalDescriptor Read(
        ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("Expected a temporal descriptor string, found null.");
        try
        {
            return TemporalDescriptor.Parse(text);
        }
        catch (FormatException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, TemporalDescriptor value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
