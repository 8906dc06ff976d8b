package io.jifen.ui.security;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.ui.shared.MainLayout;
import jakarta.annotation.security.PermitAll;

/** Where a view the signed-in role may not open sends the browser. */
@Route(value = "access-denied", layout = MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasDynamicTitle {
    public AccessDeniedView() {
        setId("access-denied");
        add(new H2(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denied.title");
    }
}
