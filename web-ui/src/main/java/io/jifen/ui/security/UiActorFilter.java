package io.jifen.ui.security;

import io.jifen.shared.security.Actors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every admin UI request acts as the staff member signed in to its session (or as nobody), so the
 * application services' role checks and audit records apply to the UI exactly as to the API.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UiActorFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        var session = request.getSession(false);
        Object signedIn = session == null ? null : session.getAttribute(SignedIn.ATTRIBUTE);
        if (signedIn instanceof SignedIn staff) {
            Actors.set(staff.actor());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            Actors.clear();
        }
    }
}
