package io.jifen.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

/** 中文 / English: switches the whole session and redraws the page in the other language. */
public class LanguageSwitch extends Button {
    public LanguageSwitch() {
        boolean english = isEnglish();
        setText(english ? "中文" : "English");
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> {
            VaadinSession.getCurrent().setLocale(english ? Translations.CHINESE : Translations.ENGLISH);
            UI.getCurrent().getPage().reload();
        });
    }

    public static boolean isEnglish() {
        var session = VaadinSession.getCurrent();
        return session != null && session.getLocale() != null && session.getLocale().getLanguage().equals("en");
    }
}
