package io.jifen.ui.shared;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import io.jifen.shared.security.AccessDeniedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What staff see when a view fails: a short message and a reference to quote, never the
 * exception. A refused service call (a role the user lacks) reads as "access denied".
 */
@ParentLayout(MainLayout.class)
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {
    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        if (parameter.getCaughtException() instanceof AccessDeniedException) {
            setId("access-denied");
            add(new H2(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text")));
            return HttpServletResponse.SC_FORBIDDEN;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Admin UI failure, reference " + reference, parameter.getCaughtException());
        setId("error-view");
        add(new H2(getTranslation("error.unexpected")), new Paragraph(getTranslation("error.reference", reference)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
