package io.jifen.ui.shared;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.jifen.shared.DomainException;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Messages;

/** How every view tells staff that something worked, or why it was refused. */
public final class Notifications {
    private Notifications() {
    }

    /**
     * Notifications sit at the top centre, over the page heading, where no form or button is;
     * a new one replaces the last, so an old refusal never lingers over an action that then worked.
     */
    private static final Notification.Position PLACE = Notification.Position.TOP_CENTER;
    private static final String LAST = "jifen.lastNotification";

    public static void success(String message) {
        show(message, 3000, NotificationVariant.LUMO_SUCCESS);
    }

    /** Something staff must fix before the action can go on (not a refusal by the bank's rules). */
    public static void warn(String message) {
        show(message, 5000, NotificationVariant.LUMO_WARNING);
    }

    private static void show(String message, int millis, NotificationVariant variant) {
        var ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, LAST) instanceof Notification last) {
            last.close();
        }
        var notification = Notification.show(message, millis, PLACE);
        notification.addThemeVariants(variant);
        if (ui != null) {
            ComponentUtil.setData(ui, LAST, notification);
        }
    }

    /**
     * A refusal in the staff member's language: its heading from the code (or the rule, for the
     * four-eyes rule), the field in words, and the refusal's own sentence from the catalogue.
     */
    public static void refused(RuntimeException e) {
        UI ui = UI.getCurrent();
        String message;
        if (e instanceof DomainException domain) {
            boolean fourEyes = domain.reasons().stream().anyMatch(r -> "FOUR_EYES".equals(r.code()));
            String heading = ui.getTranslation(fourEyes ? "error.FOUR_EYES" : "error." + domain.code().name());
            String field = e instanceof InvalidRequestException invalid && invalid.field() != null
                    ? fieldName(ui, invalid.field()) : null;
            boolean chinese = Messages.supported(ui.getLocale()).equals(Messages.CHINESE);
            String named = field == null ? "" : chinese ? "（" + field + "）" : " (" + field + ")";
            message = heading + named + (chinese ? "：" : ": ") + domain.message(ui.getLocale());
        } else {
            message = ui.getTranslation("error.unexpected");
        }
        show(message, 6000, NotificationVariant.LUMO_ERROR);
    }

    /** A field named in words where the catalogue has it ({@code field.unitPrice}), else as the API names it. */
    private static String fieldName(UI ui, String field) {
        String key = "field." + field;
        String words = ui.getTranslation(key);
        return words == null || words.equals(key) || words.startsWith("!") ? field : words;
    }

    /** Runs a staff action; a refusal becomes a notification instead of an error page. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            refused(unwrap(e));
            return false;
        }
    }

    /** The domain refusal inside a container's wrapping exception, or the exception itself. */
    public static RuntimeException unwrap(RuntimeException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof DomainException domain) {
                return domain;
            }
            t = t.getCause();
        }
        return e;
    }
}
