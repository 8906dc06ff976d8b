package io.jifen.shared;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * A sentence of the message catalogue: its key and the values it names, rendered in a reader's
 * language only when shown (see {@link Messages}). A refusal stores this, not English.
 */
public record Message(String key, Object... args) {
    private static final String STORED = "msg:";

    public Message {
        args = args == null ? new Object[0] : args.clone();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, args);
    }

    public String in(Locale locale) {
        return Messages.render(locale, key, args);
    }

    /**
     * The message as a column stores it, to be rendered in each reader's language later:
     * {@code msg:ledger.accrual?@Activity.TIME_DEPOSIT&200000.00&CNY}. An enumeration keeps its type,
     * so it reads in words; every other value is its text, percent-encoded.
     */
    public String stored() {
        StringBuilder text = new StringBuilder(STORED).append(key);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            String value = arg instanceof Enum<?> e ? "@" + e.getDeclaringClass().getSimpleName() + "." + e.name()
                    : String.valueOf(arg);
            text.append(i == 0 ? '?' : '&').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** A stored message back (its enumerations as {@link Messages.Named}), or empty for plain text. */
    public static Optional<Message> fromStored(String text) {
        if (text == null || !text.startsWith(STORED)) {
            return Optional.empty();
        }
        String rest = text.substring(STORED.length());
        int query = rest.indexOf('?');
        String key = query < 0 ? rest : rest.substring(0, query);
        List<Object> values = new ArrayList<>();
        if (query >= 0) {
            for (String part : rest.substring(query + 1).split("&", -1)) {
                String value = URLDecoder.decode(part, StandardCharsets.UTF_8);
                values.add(value.startsWith("@") ? new Messages.Named(value.substring(1)) : value);
            }
        }
        return Optional.of(new Message(key, values.toArray()));
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && m.key.equals(key) && Arrays.equals(m.args, args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
