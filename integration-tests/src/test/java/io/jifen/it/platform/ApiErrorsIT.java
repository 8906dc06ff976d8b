package io.jifen.it.platform;

import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import java.net.http.HttpRequest;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client mistakes get a clear 4xx problem+json, never a 500 or an internal detail. */
@ExtendWith(RunningServer.class)
class ApiErrorsIT {

    /** A refusal in the caller's language: the same code and status, the sentences in Chinese. */
    @Test
    void a_refusal_reads_in_chinese_when_the_caller_asks_for_it(Api api) {
        String customer = io.jifen.it.support.GiftMall.customerWithPoints(api, 100);
        String gift = io.jifen.it.support.GiftMall.newVoucherGift(api, 2_500, 1);
        String body = io.jifen.it.support.GiftMall.orderJson(customer, gift, 1, io.jifen.it.support.GiftMall.eVoucher());
        HttpRequest.Builder chinese = api.request("/api/v1/orders", api.token("partner"))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
                .header("Idempotency-Key", Api.uniqueId("K"));
        var refused = api.send(chinese.POST(HttpRequest.BodyPublishers.ofString(body)));
        assertProblem(refused, 409, "INSUFFICIENT_POINTS");
        assertThat(refused.json().getString("title")).isEqualTo("与当前状态冲突");
        assertThat(refused.json().getString("detail")).isEqualTo("不符合兑换条件：积分余额低于礼品所需积分");
        assertThat(refused.json().getJsonArray("reasons").getJsonObject(0).getString("message"))
                .isEqualTo("积分余额低于礼品所需积分");

        var english = io.jifen.it.support.GiftMall.placeOrder(api, Api.uniqueId("K"), customer, gift,
                io.jifen.it.support.GiftMall.eVoucher());
        assertProblem(english, 409, "INSUFFICIENT_POINTS");
        assertThat(english.json().getString("title")).isEqualTo("Conflict");
        assertThat(english.json().getString("detail")).isEqualTo("the redemption is refused: INSUFFICIENT_POINTS");

        var invalid = api.send(api.request("/api/v1/customers/C-lang", api.token("core-banking"))
                .header("Content-Type", "application/json").header("Accept-Language", "zh")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"A\","))); 
        assertProblem(invalid, 400, "VALIDATION_FAILED");
        assertThat(invalid.json().getString("title")).isEqualTo("请求有误");
    }

    @Test
    void no_token_is_401(Api api) {
        assertProblem(api.get("/api/v1/customers/C-1", null), 401, "UNAUTHENTICATED");
    }

    @Test
    void a_token_signed_by_another_key_is_401(Api api) throws Exception {
        assertProblem(api.get("/api/v1/customers/C-1", forgedToken(new Date(System.currentTimeMillis() + 600_000))),
                401, "UNAUTHENTICATED");
    }

    @Test
    void an_expired_token_is_401(Api api) throws Exception {
        String real = api.token("service");
        // same issuer and a valid shape, but expired and not signed by the server: refused either way
        assertProblem(api.get("/api/v1/customers/C-1", forgedToken(new Date(System.currentTimeMillis() - 600_000))),
                401, "UNAUTHENTICATED");
        String tampered = real.substring(0, real.lastIndexOf('.') + 1) + "AAAA" + real.substring(real.lastIndexOf('.') + 5);
        assertProblem(api.get("/api/v1/customers/C-1", tampered), 401, "UNAUTHENTICATED");
    }

    @Test
    void malformed_json_is_400(Api api) {
        assertProblem(api.put("/api/v1/customers/C-json", api.token("core-banking"), "{\"name\": \"A\","),
                400, "VALIDATION_FAILED");
    }

    @Test
    void a_wrong_type_is_400(Api api) {
        assertProblem(api.put("/api/v1/customers/C-type", api.token("core-banking"), """
                {"name": "A", "status": "ACTIVE", "riskLevel": "LOW", "creditRating": "AA", "blacklisted": "perhaps"}"""),
                400, "VALIDATION_FAILED");
    }

    @Test
    void an_over_long_path_id_is_400(Api api) {
        assertProblem(api.get("/api/v1/customers/" + "x".repeat(65), api.token("service")), 400, "VALIDATION_FAILED");
    }

    @Test
    void an_unknown_path_is_404(Api api) {
        assertProblem(api.get("/api/v1/no-such-thing", api.token("service")), 404, "NOT_FOUND");
    }

    @Test
    void a_wrong_method_is_405(Api api) {
        assertProblem(api.send(api.request("/api/v1/customers/C-1", api.token("service"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody())), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void a_wrong_media_type_is_415(Api api) {
        assertProblem(api.send(api.request("/api/v1/customers/C-1", api.token("core-banking"))
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("hello"))),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void a_body_over_one_mebibyte_is_413(Api api) {
        String huge = "{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        assertProblem(api.put("/api/v1/customers/C-big", api.token("core-banking"), huge), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void the_request_id_is_echoed_or_made(Api api) {
        var echoed = api.send(api.request("/api/v1/no-such-thing", null).header("X-Request-Id", "abc-123").GET());
        assertThat(echoed.header("X-Request-Id")).contains("abc-123");
        assertThat(echoed.json().getString("requestId")).isEqualTo("abc-123");
        var made = api.get("/api/v1/no-such-thing", null);
        assertThat(made.header("X-Request-Id")).isPresent().get().asString().hasSizeGreaterThan(8);
    }

    private static String forgedToken(Date expiry) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .issuer("jifen-dev").subject("mallory").claim("upn", "mallory")
                .claim("groups", List.of("service", "admin"))
                .issueTime(new Date()).expirationTime(expiry).build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
        return jwt.serialize();
    }
}
