package io.jifen.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has memory to work with; a restart is the cure when it has not. */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {
    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        double used = (double) (runtime.totalMemory() - runtime.freeMemory()) / runtime.maxMemory();
        return HealthCheckResponse.named("heap").status(used < MAX_HEAP_USE)
                .withData("usedShare", String.format("%.2f", used)).build();
    }
}
