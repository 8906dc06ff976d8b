package io.jifen.shared;

import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence of the message catalogue: its key and the values it names, rendered in a reader's
 * language only when shown (see {@link Messages}). A refusal stores this, not English.
 */
public record Message(String key, Object... args) {
    public Message {
        args = args == null ? new Object[0] : args.clone();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, args);
    }

    public String in(Locale locale) {
        return Messages.render(locale, key, args);
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
