package io.jifen.points.application;

import io.jifen.customers.CustomerRegistered;
import io.jifen.points.PointsAccount;
import io.jifen.points.PointsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/** Opens a customer's points account in the transaction that registers the customer. */
@ApplicationScoped
public class AccountOpener {
    @Inject
    PointsRepository points;
    @Inject
    Clock clock;

    void open(@Observes CustomerRegistered registered) {
        points.addAccount(new PointsAccount(registered.customerId(), clock.instant()));
    }
}
