package io.jifen.api.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every problem the resources and mappers answer, in the caller's language (Accept-Language):
 * the one place the API's refusals are translated, so no mapper forgets it.
 */
@Provider
public class ProblemLanguageFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            response.setEntity(problem.in(ApiLanguage.of(request.getHeaderString("Accept-Language"))),
                    response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
