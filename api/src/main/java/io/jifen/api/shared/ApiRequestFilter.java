package io.jifen.api.shared;

import io.jifen.api.security.JwtSettings;
import io.jifen.api.security.RateLimiter;
import io.jifen.shared.security.Actors;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.jifen.shared.security.Roles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every API request: gives it a request id (echoed in the answer and written in the access log
 * line), and refuses bodies over 1 MiB before anything parses them, but for a file core banking
 * or an administrator uploads to the batch intake, which is streamed to disk, never parsed whole.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiRequestFilter extends HttpFilter {
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** The one path whose body has no size limit but the disk (ImportResource). */
    public static final String FILE_INTAKE = "/api/v1/admin/batch/files";
    private static final Logger ACCESS = Logger.getLogger("io.jifen.access");
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    RateLimiter limiter;
    @Inject
    io.jifen.shared.OnlineTraffic online;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        RequestIds.set(requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        try {
            boolean fileUpload = isFileUpload(request);
            if (!fileUpload && request.getContentLengthLong() > MAX_BODY_BYTES) {
                writeProblem(request, response, Problems.forStatus(413, "The request body is larger than 1 MiB.")
                        .withRequestId(requestId));
                return;
            }
            var rate = limiter.take(request);
            if (rate.isPresent()) {
                var decision = rate.get();
                response.setHeader("RateLimit-Limit", Long.toString(decision.limit()));
                response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
                response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
                if (!decision.allowed()) {
                    response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
                    writeProblem(request, response, Problems.forStatus(429, "Too many requests; retry after "
                            + decision.retryAfterSeconds() + " s.").withRequestId(requestId));
                    return;
                }
            }
            if (request.isUserInRole(Roles.PARTNER)) {
                online.served(); // a storefront is waiting: background imports yield to it
            }
            Problem refused = refusedBeforeReading(request);
            if (refused != null) {
                if (refused.status() == 401) {
                    response.setHeader("WWW-Authenticate", "Bearer");
                }
                writeProblem(request, response, refused.withRequestId(requestId));
                return;
            }
            chain.doFilter(fileUpload ? request : new BoundedBodyRequest(request), response);
            answerBareSecurityRefusal(request, response, requestId);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            ACCESS.info(() -> String.format("requestId=%s %s %s status=%d %dms", requestId, request.getMethod(),
                    request.getRequestURI(), response.getStatus(), millis));
            RequestIds.clear();
            Actors.clear();
            BodyCapture.clear();
        }
    }

    private static boolean isFileUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + FILE_INTAKE).equals(request.getRequestURI())
                && (request.isUserInRole(Roles.ADMIN) || request.isUserInRole(Roles.CORE_BANKING));
    }

    /**
     * What no endpoint should see: a credential in any scheme but Bearer (RFC 6750), or a path or
     * query that decodes to control characters (a NUL the database cannot store, a line break
     * that would forge a log line) or that is not valid percent-encoding.
     */
    static Problem refusedBeforeReading(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !BEARER.matcher(authorization).matches()) {
            return Problems.forStatus(401, "Send the token as 'Authorization: Bearer <token>'.");
        }
        if (request.getUserPrincipal() instanceof JsonWebToken token && !isCurrent(token)) {
            return Problems.forStatus(401, "The token is expired or not yet valid.");
        }
        String problem = UrlText.problemIn(request.getRequestURI(), false);
        if (problem != null) {
            return Problems.forStatus(400, "The path " + problem + ".")
                    .withViolations(List.of(new Problem.Violation("path", problem)));
        }
        String query = request.getQueryString();
        problem = query == null ? null : UrlText.problemIn(query, true);
        if (problem != null) {
            return Problems.forStatus(400, "The query " + problem + ".")
                    .withViolations(List.of(new Problem.Violation("query", problem)));
        }
        return null;
    }

    /**
     * The token's own validity window, with the configured clock skew (JIFEN_JWT_CLOCK_SKEW_SECONDS,
     * default 30 s). Checked here as well as by the container, whose own tolerance is five minutes.
     */
    private static boolean isCurrent(JsonWebToken token) {
        long now = Instant.now().getEpochSecond();
        long skew = JwtSettings.clockSkewSeconds();
        long expires = token.getExpirationTime();
        Object notBefore = token.getClaim("nbf");
        long nbf = notBefore instanceof Number n ? n.longValue()
                : notBefore instanceof JsonNumber j ? j.longValue() : Long.MIN_VALUE;
        return (expires <= 0 || now <= expires + skew) && now >= nbf - skew;
    }

    private static final Pattern BEARER =
            Pattern.compile("(?i:Bearer) [A-Za-z0-9._~+/-]+=*");

    /**
     * MicroProfile JWT refuses a missing or bad token itself, with an empty 401 body; give the
     * client the same problem+json as every other refusal.
     */
    private static void answerBareSecurityRefusal(HttpServletRequest request, HttpServletResponse response,
                                                  String requestId) throws IOException {
        int status = response.getStatus();
        if ((status == 401 || status == 403) && !response.isCommitted()
                && (response.getContentType() == null || !response.getContentType().startsWith(Problems.PROBLEM_JSON))) {
            response.resetBuffer();
            String detail = status == 401 ? "A valid bearer token is required." : "The caller's role may not do this.";
            writeProblem(request, response, Problems.forStatus(status, detail).withRequestId(requestId));
        }
    }

    static void writeProblem(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        writeProblem(response, problem.in(ApiLanguage.of(request.getHeader("Accept-Language"))));
    }

    static void writeProblem(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problems.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** Counts bytes as they are read, for bodies sent without a Content-Length. */
    private static final class BoundedBodyRequest extends HttpServletRequestWrapper {
        BoundedBodyRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws PayloadTooLargeException {
                    count += n;
                    if (count > MAX_BODY_BYTES) {
                        throw new PayloadTooLargeException(MAX_BODY_BYTES);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
