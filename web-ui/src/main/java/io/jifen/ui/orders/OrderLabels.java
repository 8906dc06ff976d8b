package io.jifen.ui.orders;

import io.jifen.shared.Points;
import static com.vaadin.flow.i18n.I18NProvider.translate;

import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.StockLocation;
import io.jifen.orders.OrderStatus;
import io.jifen.shared.time.BankCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the order board words states, channels, places, times and amounts, in the staff member's language. */
final class OrderLabels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(BankCalendar.ZONE);
    private final Map<String, StockLocation> locations;
    private final boolean english;

    OrderLabels(List<StockLocation> locations, boolean english) {
        this.locations = locations.stream().collect(Collectors.toMap(StockLocation::code, Function.identity()));
        this.english = english;
    }

    List<StockLocation> branches() {
        return locations.values().stream().filter(StockLocation::isBranch)
                .sorted(Comparator.comparing(StockLocation::code)).toList();
    }

    /** Every stock location, the central warehouse first, then the branches by code. */
    List<StockLocation> allLocations() {
        return locations.values().stream()
                .sorted(Comparator.comparing((StockLocation l) -> l.isBranch()).thenComparing(StockLocation::code))
                .toList();
    }

    StockLocation locationOf(String code) {
        return code == null ? null : locations.get(code);
    }

    String status(OrderStatus status) {
        return translate("orders.status." + status.name());
    }

    String channel(Channel channel) {
        return translate("orders.channel." + channel.name());
    }

    String gift(Gift gift) {
        return gift.name(english);
    }

    String location(StockLocation location) {
        return location.code() + " · " + (english ? location.nameEn() : location.nameZh());
    }

    /** A location by its code, named when it is known; empty for none. */
    String location(String code) {
        if (code == null) {
            return "";
        }
        var location = locations.get(code);
        return location == null ? code : location(location);
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    String age(Duration age) {
        return translate("orders.age.value", Long.toString(age.toDays()), Integer.toString(age.toHoursPart()));
    }

    String points(Points points) {
        return String.format("%,d", points.value());
    }

    /** Text that may be absent, shown as a dash. */
    String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
