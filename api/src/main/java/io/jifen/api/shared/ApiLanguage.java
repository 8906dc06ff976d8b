package io.jifen.api.shared;

import io.jifen.shared.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The language a caller reads problems in, from its Accept-Language: Chinese when it prefers any
 * zh, English otherwise (and when it names none). Only title, detail and violation messages
 * change; the code, the status and the field names are the same in every language.
 */
public final class ApiLanguage {
    private ApiLanguage() {
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 200) {
            return Locale.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return Messages.CHINESE;
                }
                if (tag.startsWith("en") || tag.equals("*")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // a header no one can read asks for nothing: the default
        }
        return Locale.ENGLISH;
    }
}
