package io.jifen.api.shared;

/** Chinese unless the caller asks for English first (Accept-Language: en...). */
public final class Languages {
    private Languages() {
    }

    public static boolean prefersEnglish(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en");
    }
}
