package io.jifen.ui.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.jifen.staff.application.StaffService;
import io.jifen.ui.shared.LanguageSwitch;
import io.jifen.ui.shared.Services;
import jakarta.annotation.security.PermitAll;

/** Staff sign in with their user name and password; five failures in a row lock the account a while. */
@Route("login")
@PermitAll
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> {
            var answer = Services.get(StaffService.class).signIn(event.getUsername(), event.getPassword().toCharArray(),
                    clientAddress());
            if (answer instanceof StaffService.SignIn.Accepted accepted) {
                SignedIn.start(new SignedIn(accepted.actor(), accepted.displayName()));
                getUI().ifPresent(ui -> ui.navigate(""));
            } else {
                boolean locked = ((StaffService.SignIn.Refused) answer).locked();
                LoginI18n i18n = i18n();
                i18n.getErrorMessage().setMessage(getTranslation(locked ? "login.locked" : "login.refused"));
                form.setI18n(i18n);
                form.setError(true);
            }
        });
        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.intro")), form, new LanguageSwitch());
    }

    /**
     * The client's address: the connection's, or behind the bank's load balancer the one it
     * forwarded, which Liberty takes only from proxies trusted in JIFEN_TRUSTED_PROXIES.
     */
    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error"));
        i18n.getErrorMessage().setMessage(getTranslation("login.refused"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.current().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
