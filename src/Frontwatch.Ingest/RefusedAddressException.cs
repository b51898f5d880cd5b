using System.Net;

namespace Frontwatch.Ingest;

/// <summary>Thrown inside a connection attempt when the host resolves only to addresses a fetch may not reach.</summary>
internal sealed class RefusedAddressException(string host, IPAddress address)
    : IOException($"{host} resolves to {address}, a private, loopback or otherwise non-public address")
{
}
