package io.jifen.ui.shared;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, in the app's layout and the staff member's language, with the way
 * back: not Vaadin's bare English "Could not navigate" page (which also listed every route).
 */
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        var home = new Anchor("", getTranslation("notFound.home"));
        home.setId("not-found-home");
        add(new H2(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")), home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
