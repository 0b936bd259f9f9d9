using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace Corpus.Cli.Lsp;

/// <summary>The wire format: JSON-RPC 2.0 with LSP's Content-Length headers, camelCase names, and optional (null) properties left out.</summary>
internal static class LspJson
{
    public static SystemTextJsonFormatter CreateFormatter()
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
        return formatter;
    }

    public static IJsonRpcMessageHandler CreateHandler(System.IO.Stream sending, System.IO.Stream receiving) =>
        new HeaderDelimitedMessageHandler(sending, receiving, CreateFormatter());
}
