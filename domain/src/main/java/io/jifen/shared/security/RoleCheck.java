package io.jifen.shared.security;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Refuses a service call unless the current actor holds one of the method's (or class's) roles. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class RoleCheck {
    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        RequiresRole required = call.getMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            required = call.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        Actor actor = Actors.current();
        if (required != null && !actor.hasAnyRole(required.value())) {
            throw new AccessDeniedException(actor.name(), call.getMethod().getName());
        }
        return call.proceed();
    }
}
