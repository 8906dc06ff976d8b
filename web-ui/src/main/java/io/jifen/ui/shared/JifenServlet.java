package io.jifen.ui.shared;

import com.vaadin.flow.server.VaadinServlet;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/** The admin UI at the root of the application; the API keeps /api. */
@WebServlet(urlPatterns = "/*", asyncSupported = true, initParams = {
        @WebInitParam(name = "i18n.provider", value = "io.jifen.ui.shared.Translations")})
public class JifenServlet extends VaadinServlet {
}
