package io.jifen.ui.orders;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.catalog.CatalogQuery;
import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.application.CatalogService;
import io.jifen.fulfilment.application.FulfilmentService;
import io.jifen.orders.RedemptionOrder;
import io.jifen.orders.WrongPickupCodeException;
import io.jifen.partners.Carrier;
import io.jifen.partners.application.PartnerService;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;

/**
 * The fulfilment steps the order says may happen next, each sending one command to the
 * fulfilment service. What the order may do is the domain's rule, asked of the order
 * ({@code order.mayBeShipped()} and the like); this panel only shows those steps, and shows a
 * refusal as a notification.
 */
class OrderActions extends VerticalLayout {
    private final FulfilmentService fulfilment = Services.get(FulfilmentService.class);
    private final RedemptionOrder order;
    private final OrderLabels labels;
    /** Called after every attempt, succeeded or refused: the order is read afresh (a wrong code is counted). */
    private final Runnable afterAttempt;

    OrderActions(RedemptionOrder order, OrderLabels labels, Runnable afterAttempt) {
        this.order = order;
        this.labels = labels;
        this.afterAttempt = afterAttempt;
        setId("order-actions");
        setPadding(false);
        setSpacing(true);
        if (order.mayBeAllocated()) {
            add(allocate());
        }
        if (order.mayBeShipped()) {
            add(ship());
        }
        if (order.mayBeMadeReadyForPickup()) {
            add(ready());
        }
        if (order.mayBeHandedOver()) {
            add(handOver());
        }
        if (order.mayBeMarkedDelivered()) {
            add(deliver());
        }
        if (order.mayBeOfferedASubstitute()) {
            add(substitute());
        }
        if (order.mayFail()) {
            add(fail());
        }
    }

    boolean isEmpty() {
        return getComponentCount() == 0;
    }

    private Component allocate() {
        var location = new ComboBox<StockLocation>(getTranslation("fulfilment.allocate.location"));
        location.setId("order-allocate-location");
        location.setItems(labels.allLocations());
        location.setItemLabelGenerator(labels::location);
        location.setRequiredIndicatorVisible(true);
        location.setWidth("22rem");
        location.setValue(labels.locationOf(order.channel() == Channel.BRANCH_PICKUP ? order.branchCode()
                : order.stockLocation()));
        var allocate = primary("order-allocate", "fulfilment.allocate");
        allocate.addClickListener(click -> {
            if (location.isEmpty()) {
                location.setInvalid(true);
                location.setErrorMessage(getTranslation("fulfilment.required"));
                return;
            }
            attempt(() -> fulfilment.allocate(order.id(), location.getValue().code()), "fulfilment.done.allocate");
        });
        return row(location, allocate);
    }

    /** Ships only with a registered, active carrier: the choice offers nothing else. */
    private Component ship() {
        var carrier = new Select<Carrier>();
        carrier.setLabel(getTranslation("fulfilment.ship.carrier"));
        carrier.setId("order-carrier");
        carrier.setItems(Services.get(PartnerService.class).activeCarriers());
        carrier.setItemLabelGenerator(c -> c.name() + " (" + c.id() + ")");
        carrier.setRequiredIndicatorVisible(true);
        carrier.setWidth("18rem");
        var tracking = required("order-tracking", "fulfilment.ship.tracking", 64);
        tracking.setPattern("[A-Za-z0-9-]+");
        var ship = primary("order-ship", "fulfilment.ship");
        ship.addClickListener(click -> {
            boolean chosen = !carrier.isEmpty();
            carrier.setInvalid(!chosen);
            carrier.setErrorMessage(chosen ? null : getTranslation("fulfilment.required"));
            if (chosen & filled(tracking)) {
                attempt(() -> fulfilment.ship(order.id(), carrier.getValue().id(), tracking.getValue().trim()),
                        "fulfilment.done.ship");
            }
        });
        return row(carrier, tracking, ship);
    }

    private Component ready() {
        var ready = primary("order-ready", "fulfilment.ready");
        ready.addClickListener(click -> attempt(() -> fulfilment.readyForPickup(order.id()), "fulfilment.done.ready"));
        return row(ready);
    }

    private Component handOver() {
        var code = required("order-handover-code", "fulfilment.handover.code", 8);
        code.setPattern("[0-9]{8}");
        code.setAllowedCharPattern("[0-9]");
        code.setHelperText(order.pickupCodeFailures() == 0 ? null
                : getTranslation("fulfilment.handover.failures", order.pickupCodeFailures(),
                        RedemptionOrder.PICKUP_CODE_TRIES));
        var handOver = primary("order-handover", "fulfilment.handover");
        if (order.isPickupCodeLocked()) {
            code.setEnabled(false);
            handOver.setEnabled(false);
            var locked = new Span(getTranslation("fulfilment.handover.locked", RedemptionOrder.PICKUP_CODE_TRIES));
            locked.setId("order-handover-locked");
            locked.addClassName("jifen-warning");
            return new VerticalLayout(row(code, handOver), locked);
        }
        handOver.addClickListener(click -> {
            if (filled(code)) {
                handOverWith(code.getValue().trim());
            }
        });
        return row(code, handOver);
    }

    /** A wrong code is the counter's everyday mistake: say so in the staff member's language, with the tries left. */
    private void handOverWith(String code) {
        boolean[] handedOver = {false};
        Notifications.attempt(() -> {
            try {
                fulfilment.handOver(order.id(), code);
                handedOver[0] = true;
            } catch (WrongPickupCodeException wrong) {
                Notification.show(wrong.triesLeft() > 0
                                ? getTranslation("fulfilment.handover.wrong", wrong.triesLeft())
                                : getTranslation("fulfilment.handover.nowLocked", RedemptionOrder.PICKUP_CODE_TRIES),
                        6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        if (handedOver[0]) {
            Notifications.success(getTranslation("fulfilment.done.handover"));
        }
        afterAttempt.run();
    }

    private Component deliver() {
        var deliver = primary("order-deliver", "fulfilment.deliver");
        deliver.addClickListener(click -> attempt(() -> fulfilment.markDelivered(order.id()), "fulfilment.done.deliver"));
        return row(deliver);
    }

    private Component fail() {
        var reason = required("order-fail-reason", "fulfilment.fail.reason", 500);
        reason.setWidth("22rem");
        var fail = new Button(getTranslation("fulfilment.fail"));
        fail.setId("order-fail");
        fail.addThemeVariants(ButtonVariant.LUMO_ERROR);
        fail.addClickListener(click -> {
            if (filled(reason)) {
                confirmFail(reason.getValue().trim());
            }
        });
        return row(reason, fail);
    }

    /** Failing refunds the points at once and cannot be taken back: staff first read whose points go back. */
    private void confirmFail(String why) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("fulfilment.fail.confirmTitle", order.id().value()));
        confirm.setText(getTranslation("fulfilment.fail.confirmText", order.id().value(),
                labels.points(order.pointsCharged()), order.customerId().value(), order.quantity(), why));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var yes = new Button(getTranslation("fulfilment.fail"), click -> {
            confirm.close();
            attempt(() -> fulfilment.fail(order.id(), why), "fulfilment.done.fail");
        });
        yes.setId("order-fail-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    private Component substitute() {
        var catalog = Services.get(CatalogService.class);
        long paidPerUnit = order.pointsCharged().value() / order.quantity();
        var gift = new ComboBox<Gift>(getTranslation("fulfilment.substitute.gift"));
        gift.setId("order-substitute-gift");
        gift.setWidth("22rem");
        gift.setItemLabelGenerator(g -> g.sku() + " · " + labels.gift(g) + " · " + labels.points(g.pointsPrice()));
        gift.setItems(query -> catalog.browseFrom(new CatalogQuery(null, null, paidPerUnit,
                        query.getFilter().filter(text -> !text.isBlank()).orElse(null), order.partnerId(), true),
                query.getOffset(), query.getLimit()).items().stream()
                .filter(candidate -> !candidate.id().equals(order.giftId())));
        var why = new TextField(getTranslation("fulfilment.substitute.reason"));
        why.setId("order-substitute-reason");
        why.setMaxLength(300);
        var offer = new Button(getTranslation("fulfilment.substitute"));
        offer.setId("order-substitute");
        offer.addClickListener(click -> {
            if (gift.isEmpty()) {
                gift.setInvalid(true);
                gift.setErrorMessage(getTranslation("fulfilment.required"));
                return;
            }
            attempt(() -> fulfilment.offerSubstitute(order.id(), gift.getValue().id(), why.getValue()),
                    "fulfilment.done.substitute");
        });
        return row(gift, why, offer);
    }

    private void attempt(Runnable command, String doneKey) {
        if (Notifications.attempt(command)) {
            Notifications.success(getTranslation(doneKey));
        }
        afterAttempt.run();
    }

    private Button primary(String id, String key) {
        var button = new Button(getTranslation(key));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private TextField required(String id, String labelKey, int maxLength) {
        var field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private boolean filled(TextField field) {
        boolean filled = !field.getValue().isBlank();
        field.setInvalid(!filled);
        field.setErrorMessage(filled ? null : getTranslation("fulfilment.required"));
        return filled;
    }

    private static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
