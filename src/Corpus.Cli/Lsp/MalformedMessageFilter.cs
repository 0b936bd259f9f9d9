using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Cli.Lsp;

/// <summary>
/// Stands between the client's stream and StreamJsonRpc, which ends the whole connection on a
/// message it cannot read (a body that is not JSON, a header without a length). This reads the
/// base protocol's frames itself (<c>Content-Length: n</c>, a blank line, n bytes), passes on
/// the ones that are JSON-RPC 2.0 messages, and drops the others with a line on the log, so a
/// client's mistake costs one message and the server carries on.
/// </summary>
internal static class MalformedMessageFilter
{
    /// <summary>The largest message passed on; a bigger one is skipped unread (a 10 MB line fits many times over).</summary>
    public const int MaxMessageBytes = 256 * 1024 * 1024;

    private const int MaxHeaderLineBytes = 8192;

    /// <summary>A stream of the client's well-formed messages, filled as they arrive from <paramref name="input"/>.</summary>
    public static Stream Filter(Stream input, TextWriter log, CancellationToken cancellationToken = default)
    {
        var pipe = new Pipe();
        _ = Task.Run(() => PumpAsync(input, pipe.Writer, log, cancellationToken), cancellationToken);
        return pipe.Reader.AsStream();
    }

    private static async Task PumpAsync(Stream input, PipeWriter output, TextWriter log, CancellationToken cancellationToken)
    {
        var reader = new FrameReader(input);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                long? length = await reader.ReadHeadersAsync(log, cancellationToken).ConfigureAwait(false);
                if (length is null)
                {
                    break; // end of input
                }

                if (length.Value > MaxMessageBytes)
                {
                    Log(log, "a message of " + length.Value.ToString(CultureInfo.InvariantCulture) + " bytes is over the limit; skipped");
                    if (!await reader.SkipAsync(length.Value, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    continue;
                }

                byte[]? body = await reader.ReadBodyAsync((int)length.Value, cancellationToken).ConfigureAwait(false);
                if (body is null)
                {
                    break;
                }

                string? problem = Check(body);
                if (problem is not null)
                {
                    Log(log, "dropped a malformed message: " + problem);
                    continue;
                }

                byte[] header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
                await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
                FlushResult flushed = await output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
                if (flushed.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client's stream closed: end the filtered stream too.
        }
        finally
        {
            await output.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Null when the body is a JSON-RPC 2.0 request, notification or response; else what is wrong with it.</summary>
    public static string? Check(byte[] body)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "not a JSON object";
            }

            if (!root.TryGetProperty("jsonrpc", out JsonElement version) || version.ValueKind != JsonValueKind.String || !version.ValueEquals("2.0"))
            {
                return "no \"jsonrpc\": \"2.0\"";
            }

            bool hasId = root.TryGetProperty("id", out JsonElement id);
            if (hasId && id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
            {
                return "an id that is neither a number nor a string";
            }

            if (root.TryGetProperty("method", out JsonElement method))
            {
                if (method.ValueKind != JsonValueKind.String)
                {
                    return "a method that is not a string";
                }

                if (root.TryGetProperty("params", out JsonElement parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
                {
                    return "params that are neither an object nor an array";
                }

                return null;
            }

            return hasId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _)) ? null : "neither a request nor a response";
        }
        catch (JsonException e)
        {
            return "not JSON (" + e.Message + ")";
        }
    }

    private static void Log(TextWriter log, string message)
    {
        try
        {
            log.WriteLine("corpus lsp: " + message);
            log.Flush();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Nowhere to log to.
        }
    }

    /// <summary>Reads the base protocol's frames from a buffered stream.</summary>
    private sealed class FrameReader
    {
        private readonly Stream _input;
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        public FrameReader(Stream input) => _input = input;

        /// <summary>
        /// Reads header lines up to the blank line and returns the Content-Length, or null at the
        /// end of input. A header block without a valid length is reported and the next one read.
        /// </summary>
        public async Task<long?> ReadHeadersAsync(TextWriter log, CancellationToken cancellationToken)
        {
            while (true)
            {
                long? length = null;
                bool any = false;
                while (true)
                {
                    string? line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
                    if (line is null)
                    {
                        return null;
                    }

                    if (line.Length == 0)
                    {
                        if (any)
                        {
                            break;
                        }

                        continue; // blank lines between messages
                    }

                    any = true;
                    int colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                        && long.TryParse(line.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long value))
                    {
                        length = value;
                    }
                }

                if (length is not null)
                {
                    return length;
                }

                Log(log, "a message header without a valid Content-Length; skipped");
            }
        }

        public async Task<byte[]?> ReadBodyAsync(int length, CancellationToken cancellationToken)
        {
            byte[] body = new byte[length];
            int read = 0;
            while (read < length)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                int n = Math.Min(length - read, _end - _start);
                Buffer.BlockCopy(_buffer, _start, body, read, n);
                _start += n;
                read += n;
            }

            return body;
        }

        public async Task<bool> SkipAsync(long length, CancellationToken cancellationToken)
        {
            while (length > 0)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                int n = (int)Math.Min(length, _end - _start);
                _start += n;
                length -= n;
            }

            return true;
        }

        /// <summary>One line without its CRLF (or LF), or null at the end of input; a line longer than a header can be is cut.</summary>
        private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return line.Length > 0 ? line.ToString() : null;
                }

                byte b = _buffer[_start++];
                if (b == (byte)'\n')
                {
                    return line.ToString().TrimEnd('\r');
                }

                if (line.Length < MaxHeaderLineBytes)
                {
                    line.Append((char)b);
                }
            }
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            _start = 0;
            _end = await _input.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            return _end > 0;
        }
    }
}
