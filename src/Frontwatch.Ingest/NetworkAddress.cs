using System.Net;
using System.Net.Sockets;

namespace Frontwatch.Ingest;

/// <summary>Tells globally routable addresses from private, loopback, link-local and other special-purpose ones (IANA special-purpose registries).</summary>
internal static class NetworkAddress
{
    /// <summary>Whether <paramref name="address"/> is a public internet address a fetch may connect to.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                   // 0.0.0.0/8 "this network"
        || b[0] == 10                               // 10/8 private
        || b[0] == 127                              // 127/8 loopback
        || (b[0] == 169 && b[1] == 254)             // 169.254/16 link-local (cloud metadata lives here)
        || (b[0] == 172 && (b[1] & 0xF0) == 16)     // 172.16/12 private
        || (b[0] == 192 && b[1] == 168)             // 192.168/16 private
        || (b[0] == 100 && (b[1] & 0xC0) == 64)     // 100.64/10 carrier-grade NAT
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)  // 192.0.0/24 protocol assignments
        || (b[0] == 198 && (b[1] & 0xFE) == 18)     // 198.18/15 benchmarking
        || b[0] >= 224);                            // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast) return false; // fe80::/10, fec0::/10, ff00::/8
        if ((b[0] & 0xFE) == 0xFC) return false;                                                          // fc00::/7 unique local
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return false;                                  // ::/96 IPv4-compatible
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B) return IsPublicV4(b[12..]);    // 64:ff9b::/96 NAT64
        if (b[0] == 0x20 && b[1] == 0x02) return IsPublicV4(b[2..6]);                                     // 2002::/16 6to4
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00) return false;                   // 2001::/32 Teredo hides its target
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return false;                   // 2001:db8::/32 documentation
        return true;
    }
}
