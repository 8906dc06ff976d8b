package io.jifen.api.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The application's error page (web.xml): what the container answers when it refuses a request
 * itself. Under /api/ that is problem+json like every other refusal; elsewhere a one-line page.
 * Neither names the server, its classes or the exception.
 */
@WebServlet(urlPatterns = "/error-answer")
public class ErrorAnswerServlet extends HttpServlet {
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i && i >= 400 ? i : 404;
        response.resetBuffer();
        response.setHeader("$WSEP", null);
        if (uri == null || uri.toString().startsWith("/api/")) {
            Problem problem = Problems.forStatus(status, status >= 500
                    ? "Something went wrong on our side; quote the request id to support."
                    : "The request could not be processed: check the path and its encoding.");
            String requestId = RequestIds.current();
            ApiRequestFilter.writeProblem(request, response, requestId == null ? problem : problem.withRequestId(requestId));
        } else {
            response.setStatus(status);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("Error " + status + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
