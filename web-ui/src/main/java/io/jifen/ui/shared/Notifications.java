package io.jifen.ui.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.jifen.shared.DomainException;
import io.jifen.shared.InvalidRequestException;

/** How every view tells staff that something worked, or why it was refused. */
public final class Notifications {
    private Notifications() {
    }

    public static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void refused(RuntimeException e) {
        String message = e instanceof DomainException domain
                ? UI.getCurrent().getTranslation("error." + domain.code().name())
                        + (e instanceof InvalidRequestException invalid ? " (" + invalid.field() + ")" : "")
                        + ": " + e.getMessage()
                : UI.getCurrent().getTranslation("error.unexpected");
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
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
