package io.jifen.webhooks;

import io.jifen.shared.InvalidRequestException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the bank's servers may post partners' webhooks: the public internet over https only.
 * Never the bank's inside (loopback, private, link-local, carrier-grade NAT, multicast or reserved
 * addresses), whatever the spelling (0x7f000001, [::ffff:127.0.0.1], a DNS name resolving to
 * 10.0.0.5). The URL is checked when it is registered and again, after DNS resolution, before
 * every delivery, since a name can be pointed elsewhere after registration. Plain http is for
 * development only; networks the bank deliberately opens (a partner gateway on its own network)
 * are listed in JIFEN_WEBHOOKS_ALLOWED_NETWORKS.
 */
public final class WebhookTargetPolicy {
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)");
    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final boolean httpAllowed;
    private final List<Network> allowedNetworks;
    private final Resolver resolver;

    /** Looks host names up; tests give their own. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public WebhookTargetPolicy(boolean httpAllowed, String allowedNetworks, Resolver resolver) {
        this.httpAllowed = httpAllowed;
        this.allowedNetworks = Network.parseList(allowedNetworks);
        this.resolver = resolver;
    }

    public WebhookTargetPolicy(boolean httpAllowed, String allowedNetworks) {
        this(httpAllowed, allowedNetworks, InetAddress::getAllByName);
    }

    /**
     * The URL as it will be stored, or an {@link InvalidRequestException} on `url`. A name that
     * does not resolve here yet is accepted; every delivery resolves it again.
     */
    public String checkRegistration(String url) {
        // the URL's shape (absolute http(s), a host, no credentials or fragment) is the endpoint's own rule
        URI uri = URI.create(WebhookEndpoint.checkedUrl(url));
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !httpAllowed) {
            throw new InvalidRequestException("url", "must be an https URL");
        }
        String host = uri.getHost();
        if (!isIpLiteral(host) && isNumericName(host)) {
            throw new InvalidRequestException("url", "must name its host as a DNS name or a standard IP address");
        }
        refusalFor(host, false).ifPresent(why -> {
            throw new InvalidRequestException("url", why);
        });
        return uri.toString();
    }

    /** Why a delivery to this URL must not be made now, after resolving its host; empty when it may. */
    public Optional<String> refusalBeforeDelivery(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(httpAllowed && scheme.equals("http"))) {
            return Optional.of("refused: plain http is allowed in development only");
        }
        return refusalFor(uri.getHost(), true);
    }

    private Optional<String> refusalFor(String host, boolean mustResolve) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(stripBrackets(host));
        } catch (UnknownHostException | SecurityException e) {
            return mustResolve ? Optional.of("refused: the host " + host + " does not resolve") : Optional.empty();
        }
        for (InetAddress address : addresses) {
            String kind = blockedKind(address);
            if (kind != null) {
                return Optional.of("must not point inside the bank: " + host + " is a " + kind + " address");
            }
        }
        return Optional.empty();
    }

    /** The kind of address the bank does not post to, or null for a public address (or an allowed network). */
    String blockedKind(InetAddress address) {
        for (Network allowed : allowedNetworks) {
            if (allowed.contains(address)) {
                return null;
            }
        }
        return kindOf(address);
    }

    static String kindOf(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240) {
                return "reserved";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "carrier-grade NAT";
            }
            if ((first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19))) {
                return "reserved";
            }
            return null;
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return "private";
            }
            InetAddress embedded = embeddedIpv4(b);
            return embedded == null ? null : kindOf(embedded);
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static InetAddress embeddedIpv4(byte[] b) {
        try {
            boolean compatible = Arrays.equals(Arrays.copyOf(b, 12), new byte[12]);
            boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                    && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
            if (compatible || nat64) {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
            }
            return null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || DOTTED_QUAD.matcher(host).matches();
    }

    /** 0x7f000001, 2130706433, 127.1: spellings some resolvers read as addresses. */
    private static boolean isNumericName(String host) {
        String[] labels = host.split("\\.");
        return labels.length > 0 && NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches();
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** An address block such as 10.20.0.0/16 or fd00::/8. */
    record Network(byte[] prefix, int bits) {
        static List<Network> parseList(String list) {
            List<Network> networks = new ArrayList<>();
            if (list == null || list.isBlank()) {
                return networks;
            }
            for (String item : list.split(",")) {
                String cidr = item.trim();
                if (cidr.isEmpty()) {
                    continue;
                }
                String[] parts = cidr.split("/");
                try {
                    byte[] address = InetAddress.getByName(parts[0]).getAddress();
                    int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : address.length * 8;
                    if (bits < 0 || bits > address.length * 8) {
                        throw new IllegalArgumentException("bad prefix length in " + cidr);
                    }
                    networks.add(new Network(address, bits));
                } catch (UnknownHostException | NumberFormatException e) {
                    throw new IllegalArgumentException("not a network: " + cidr, e);
                }
            }
            return networks;
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((a[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
