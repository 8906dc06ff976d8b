package io.jifen.ui.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Chinese and English for every view. Each feature keeps its own bundle (i18n/common,
 * i18n/customers, ...), so views are translated where they are written.
 */
public class Translations implements I18NProvider {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<String> BUNDLES = List.of("i18n.common", "i18n.dashboard", "i18n.customers",
            "i18n.catalog", "i18n.orders", "i18n.audit", "i18n.fulfilment", "i18n.webhooks", "i18n.procurement",
            "i18n.marketing", "i18n.partners", "i18n.batch", "i18n.risk");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale != null && locale.getLanguage().equals("en") ? ENGLISH : CHINESE;
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle messages = ResourceBundle.getBundle(bundle, wanted, Translations.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (messages.containsKey(key)) {
                    String text = messages.getString(key);
                    return params.length == 0 ? text : new MessageFormat(text, wanted).format(params);
                }
            } catch (MissingResourceException absent) {
                // this feature has no bundle for the language: try the next
            }
        }
        return "!" + key;
    }
}
