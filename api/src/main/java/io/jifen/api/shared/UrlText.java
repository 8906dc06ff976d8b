package io.jifen.api.shared;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The same text rules as request bodies, for the percent-encoded path and query of a URL. */
final class UrlText {
    private UrlText() {
    }

    /** What is wrong with this raw path or query, or null when it decodes to printable UTF-8. */
    static String problemIn(String raw, boolean query) {
        String decoded;
        try {
            decoded = decode(raw, query);
        } catch (IllegalArgumentException e) {
            return "is not valid percent-encoded UTF-8";
        }
        String problem = JsonBodyPolicy.textProblem(decoded, false);
        if (problem != null) {
            return problem;
        }
        if (!query && decoded.indexOf('\\') >= 0) {
            return "contains a backslash";
        }
        if (!query && (raw.contains("%2f") || raw.contains("%2F") || decoded.contains("/../") || decoded.endsWith("/.."))) {
            return "contains an encoded slash or a parent segment";
        }
        return null;
    }

    private static String decode(String raw, boolean query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && query) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
