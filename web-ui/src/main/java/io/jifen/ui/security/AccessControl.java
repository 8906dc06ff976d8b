package io.jifen.ui.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Guards every navigation: a view needs a signed-in user unless it is @PermitAll, and one of its
 * @RolesAllowed roles if it names any. Menus hide what a role may not open; this refuses it even
 * when typed as a URL.
 */
public class AccessControl implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(AccessControl::check));
    }

    static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        var signedIn = SignedIn.current();
        if (signedIn.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        if (roles != null && !signedIn.get().hasAnyRole(roles.value())) {
            event.rerouteTo(AccessDeniedView.class);
        }
    }

    public static boolean mayOpen(Class<?> view) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return SignedIn.current().map(s -> roles == null || s.hasAnyRole(roles.value())).orElse(false);
    }
}
