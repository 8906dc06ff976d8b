package io.jifen.shared.security;

import java.util.concurrent.Callable;

/**
 * The actor of the work on this thread. The API sets it from the verified token, the admin UI
 * from the signed-in session, background jobs run as the system; anything else is anonymous and
 * may do nothing that needs a role.
 */
public final class Actors {
    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private Actors() {
    }

    public static Actor current() {
        Actor actor = CURRENT.get();
        return actor == null ? Actor.ANONYMOUS : actor;
    }

    public static void set(Actor actor) {
        CURRENT.set(actor);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static <T> T callAs(Actor actor, Callable<T> work) {
        Actor previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(Actor actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }
}
