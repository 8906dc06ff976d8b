package io.jifen.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one message catalogue of the domain, in English and Chinese: refusals by key with their
 * values ({@code messages*.properties}), the fixed English texts some refusals still carry
 * ({@code texts*.properties}, keyed by the English sentence), and the names of the domain's
 * enumerations ({@code enum.Type.NAME}). The API renders them by the caller's Accept-Language,
 * the admin UI by the staff member's language; a code or key stays the same in every language.
 */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** Chinese for any zh locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : Locale.ENGLISH;
    }

    public static String render(Locale locale, String key, Object... args) {
        Locale chosen = supported(locale);
        String pattern = lookup("io.jifen.shared.messages", chosen, key)
                .or(() -> lookup("io.jifen.shared.messages", Locale.ENGLISH, key)).orElse(key);
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(chosen, args[i]);
        }
        return new MessageFormat(pattern, chosen).format(shown);
    }

    /** A fixed English sentence in the reader's language, when the catalogue has it; else as it is. */
    public static String text(Locale locale, String english) {
        if (english == null || supported(locale).equals(Locale.ENGLISH)) {
            return english;
        }
        return lookup("io.jifen.shared.texts", CHINESE, english).orElse(english);
    }

    /** An enumeration value in words ({@code enum.OrderStatus.PLACED}); its name when none is listed. */
    public static String label(Locale locale, Enum<?> value) {
        return lookup("io.jifen.shared.messages", supported(locale), "enum." + value.getDeclaringClass().getSimpleName()
                + "." + value.name()).orElse(value.name());
    }

    /** An enumeration value read back from storage by its type and name ({@code Activity.TIME_DEPOSIT}). */
    public record Named(String typeAndName) {
        @Override
        public String toString() {
            return typeAndName.substring(typeAndName.indexOf('.') + 1);
        }
    }

    /**
     * Text a column holds in the reader's language: a stored message ({@link Message#stored()})
     * rendered from the catalogue, or a plain sentence as {@link #text} gives it.
     */
    public static String stored(Locale locale, String text) {
        return Message.fromStored(text).map(message -> message.in(locale)).orElseGet(() -> text(locale, text));
    }

    /** Enumerations in words, numbers with the locale's grouping; ids and text as they are. */
    private static Object shown(Locale locale, Object arg) {
        if (arg instanceof java.util.Collection<?> many) {
            String separator = locale.getLanguage().equals("zh") ? "；" : ", ";
            return String.join(separator, many.stream().map(one -> String.valueOf(shown(locale, one))).toList());
        }
        if (arg instanceof Enum<?> e) {
            return label(locale, e);
        }
        if (arg instanceof Named named) {
            return lookup("io.jifen.shared.messages", supported(locale), "enum." + named.typeAndName())
                    .orElse(named.toString());
        }
        if (arg instanceof Points p) {
            return NumberFormat.getIntegerInstance(locale).format(p.value());
        }
        if (arg instanceof BigDecimal || arg instanceof Money) {
            // money keeps its exact decimals, grouped: 1,159.28
            BigDecimal amount = arg instanceof Money m ? m.amount() : (BigDecimal) arg;
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
            format.setMaximumFractionDigits(Math.max(2, amount.scale()));
            return format.format(amount);
        }
        if (arg instanceof Long || arg instanceof Integer) {
            return arg;
        }
        // a word a refusal names (an action such as "approved") reads in the reader's language too
        return arg == null ? "" : text(locale, arg.toString());
    }

    private static Optional<String> lookup(String bundle, Locale locale, String key) {
        try {
            ResourceBundle found = ResourceBundle.getBundle(bundle, locale, Messages.class.getClassLoader(), NO_FALLBACK);
            return found.containsKey(key) ? Optional.of(found.getString(key)) : Optional.empty();
        } catch (MissingResourceException none) {
            return Optional.empty();
        }
    }
}
