package io.jifen.ui.shared;

import jakarta.enterprise.inject.spi.CDI;

/** Views reach the application services through CDI; the services check roles themselves. */
public final class Services {
    private Services() {
    }

    public static <T> T get(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
