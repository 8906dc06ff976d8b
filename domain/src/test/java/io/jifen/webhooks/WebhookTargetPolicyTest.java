package io.jifen.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.InvalidRequestException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookTargetPolicyTest {
    /** A resolver with fixed answers, so the tests need no DNS. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.partner.cn", "203.0.113.10",
            "inside.partner.cn", "10.1.2.3",
            "rebound.partner.cn", "127.0.0.1");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }

    private final WebhookTargetPolicy production = new WebhookTargetPolicy(false, "", WebhookTargetPolicyTest::resolve);
    private final WebhookTargetPolicy development = new WebhookTargetPolicy(true, "", WebhookTargetPolicyTest::resolve);

    private static void refused(WebhookTargetPolicy policy, String url) {
        assertThatThrownBy(() -> policy.checkRegistration(url))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void a_public_https_url_is_accepted() {
        assertThat(production.checkRegistration("https://hooks.partner.cn/jifen")).isEqualTo("https://hooks.partner.cn/jifen");
    }

    @Test
    void plain_http_is_for_development_only() {
        refused(production, "http://hooks.partner.cn/jifen");
        assertThatCode(() -> development.checkRegistration("http://hooks.partner.cn/jifen")).doesNotThrowAnyException();
    }

    @Test
    void inside_addresses_are_refused_however_spelled() {
        for (String url : new String[] {"https://127.0.0.1:8080/x", "https://[::1]/x", "https://0x7f000001/x",
                "https://2130706433/x", "https://127.1/x", "https://169.254.169.254/latest", "https://10.0.0.5/x",
                "https://172.16.3.4/x", "https://192.168.1.1/x", "https://100.64.0.1/x", "https://0.0.0.0/x",
                "https://224.0.0.1/x", "https://[fd00::1]/x", "https://[fe80::1]/x", "https://[::ffff:127.0.0.1]/x",
                "https://[64:ff9b::a00:1]/x", "https://[2002:7f00:1::]/x", "https://inside.partner.cn/x"}) {
            refused(production, url);
        }
    }

    @Test
    void a_name_that_later_points_inside_is_refused_before_delivery() {
        assertThat(production.refusalBeforeDelivery(URI.create("https://rebound.partner.cn/x"))).isPresent();
        assertThat(production.refusalBeforeDelivery(URI.create("https://hooks.partner.cn/x"))).isEmpty();
        assertThat(production.refusalBeforeDelivery(URI.create("https://unknown.partner.cn/x"))).isPresent();
    }

    @Test
    void networks_the_bank_opens_deliberately_are_allowed() {
        var policy = new WebhookTargetPolicy(false, "10.1.0.0/16, 127.0.0.2/32", WebhookTargetPolicyTest::resolve);
        assertThatCode(() -> policy.checkRegistration("https://inside.partner.cn/x")).doesNotThrowAnyException();
        assertThatCode(() -> policy.checkRegistration("https://127.0.0.2/x")).doesNotThrowAnyException();
        refused(policy, "https://127.0.0.1/x");
        refused(policy, "https://10.2.0.1/x");
    }

    @Test
    void credentials_and_fragments_are_refused() {
        refused(production, "https://user:pw@hooks.partner.cn/x");
        refused(production, "https://hooks.partner.cn/x#frag");
        refused(production, "ftp://hooks.partner.cn/x");
    }
}
