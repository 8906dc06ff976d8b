package io.jifen.ui.webhooks;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.jifen.shared.security.Roles;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import io.jifen.ui.shared.GridSorting;
import io.jifen.ui.shared.MainLayout;
import io.jifen.ui.shared.Notifications;
import io.jifen.ui.shared.Services;
import io.jifen.webhooks.DeliverySort;
import io.jifen.webhooks.DeliveryStatus;
import io.jifen.webhooks.EndpointSort;
import io.jifen.webhooks.WebhookEndpoint;
import io.jifen.webhooks.WebhookEventType;
import io.jifen.webhooks.application.WebhookService;
import io.jifen.webhooks.application.WebhookService.DeliveryLine;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * Partner webhooks: register an endpoint (its secret shown once), the endpoints, and every
 * delivery by status, paged from the database as the grid scrolls, with Replay on parked ones.
 */
@Route(value = "webhooks", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private final WebhookService webhooks = Services.get(WebhookService.class);
    private final TextField secret = new TextField();
    private final Paragraph secretNote = new Paragraph();
    private final Checkbox activeOnly = new Checkbox();
    private final ExportableGrid<WebhookEndpoint> endpoints = new ExportableGrid<>();
    private final Select<DeliveryStatus> status = new Select<>();
    private final ExportableGrid<DeliveryLine> deliveries = new ExportableGrid<>();

    public WebhooksView() {
        setWidthFull();
        setId("webhooks-view");
        configureSecret();
        configureEndpoints();
        configureDeliveries();
        add(new H2(getTranslation("menu.webhooks")), new Paragraph(getTranslation("webhooks.intro")),
                new RegistrationForm(this::register), secret, secretNote,
                bar(new H3(getTranslation("webhooks.endpoints")), activeOnly, GridExport.buttons(endpoints, "webhook-endpoints")),
                endpoints, new H3(getTranslation("webhooks.deliveries")),
                bar(status, GridExport.buttons(deliveries, "webhook-deliveries")), deliveries);
    }

    private static HorizontalLayout bar(Component... parts) {
        var bar = new HorizontalLayout(parts);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureSecret() {
        secret.setId("webhook-secret");
        secret.setLabel(getTranslation("webhooks.secret"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        secretNote.setText(getTranslation("webhooks.secretOnce"));
        secretNote.setVisible(false);
    }

    private boolean register(EndpointRegistration form) {
        return Notifications.attempt(() -> {
            var registration = webhooks.register(form.getPartnerId().trim(), form.getUrl().trim(), form.getEvents(),
                    null);
            secret.setValue(registration.secret());
            secret.setVisible(true);
            secretNote.setVisible(true);
            endpoints.getDataProvider().refreshAll();
            Notifications.success(getTranslation("webhooks.registered", registration.endpoint().id()));
        });
    }

    private void configureEndpoints() {
        activeOnly.setId("endpoints-active-only");
        activeOnly.setLabel(getTranslation("webhooks.activeOnly"));
        activeOnly.addValueChangeListener(change -> endpoints.getDataProvider().refreshAll());
        endpoints.setId("endpoints-grid");
        endpoints.setHeight("16em");
        endpoints.addColumn(WebhookEndpoint::id).setHeader("#").setAutoWidth(true).setFlexGrow(0)
                .setSortProperty(EndpointSort.ID.name());
        endpoints.addColumn(WebhookEndpoint::partnerId).setHeader(getTranslation("webhooks.partner")).setAutoWidth(true)
                .setSortProperty(EndpointSort.PARTNER.name());
        endpoints.addColumn(WebhookEndpoint::url).setHeader(getTranslation("webhooks.url")).setFlexGrow(1);
        endpoints.addColumn(endpoint -> endpoint.events().stream().map(WebhookEventType::wireName).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("webhooks.events")).setAutoWidth(true);
        endpoints.addColumn(endpoint -> getTranslation(endpoint.isActive() ? "webhooks.active" : "webhooks.inactive"))
                .setHeader(getTranslation("webhooks.state")).setAutoWidth(true)
                .setSortProperty(EndpointSort.ACTIVE.name());
        endpoints.addColumn(endpoint -> time(endpoint.createdAt())).setHeader(getTranslation("webhooks.createdAt"))
                .setAutoWidth(true).setSortProperty(EndpointSort.CREATED.name());
        endpoints.addComponentColumn(this::deactivateButton).setAutoWidth(true).setFlexGrow(0);
        endpoints.setEmptyStateText(getTranslation("webhooks.noEndpoints"));
        endpoints.setItems(query -> webhooks.endpoints(activeOnly.getValue(),
                        GridSorting.of(query.getSortOrders(), EndpointSort.class), query.getPage(), query.getPageSize())
                        .items().stream(),
                query -> Math.toIntExact(webhooks.endpoints(activeOnly.getValue(), 0, 1).total()));
    }

    private Component deactivateButton(WebhookEndpoint endpoint) {
        if (!endpoint.isActive()) {
            return new Span();
        }
        var button = new Button(getTranslation("webhooks.deactivate"), click -> confirmDeactivate(endpoint));
        button.addClassName("endpoint-deactivate");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** An endpoint cannot be activated again and its pending deliveries are parked: staff first read how many. */
    private void confirmDeactivate(WebhookEndpoint endpoint) {
        long pending = webhooks.countDeliveries(DeliveryStatus.PENDING, endpoint.id());
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("webhooks.deactivateTitle", String.valueOf(endpoint.id())));
        confirm.setText(getTranslation("webhooks.deactivateText", String.valueOf(endpoint.id()), endpoint.partnerId(),
                endpoint.url(), NumberFormat.getIntegerInstance(getLocale()).format(pending)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        var yes = new Button(getTranslation("webhooks.deactivate"), click -> {
            confirm.close();
            deactivateEndpoint(endpoint);
        });
        yes.setId("webhook-deactivate-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    private void deactivateEndpoint(WebhookEndpoint endpoint) {
        if (Notifications.attempt(() -> webhooks.deactivate(endpoint.id()))) {
            Notifications.success(getTranslation("webhooks.deactivated", endpoint.id()));
            endpoints.getDataProvider().refreshAll();
            deliveries.getDataProvider().refreshAll();
        }
    }

    private void configureDeliveries() {
        status.setId("deliveries-status");
        status.setLabel(getTranslation("webhooks.status"));
        status.setItems(DeliveryStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("webhooks.status.ALL"));
        status.setItemLabelGenerator(value -> getTranslation(value == null ? "webhooks.status.ALL"
                : "webhooks.status." + value.name()));
        status.addValueChangeListener(change -> deliveries.getDataProvider().refreshAll());

        deliveries.setId("deliveries-grid");
        deliveries.setHeight("32em");
        deliveries.addColumn(line -> line.delivery().id()).setHeader("#").setAutoWidth(true).setFlexGrow(0)
                .setSortProperty(DeliverySort.ID.name());
        deliveries.addColumn(line -> line.endpoint().partnerId()).setHeader(getTranslation("webhooks.partner"))
                .setAutoWidth(true);
        deliveries.addColumn(line -> line.delivery().eventType()).setHeader(getTranslation("webhooks.eventType"))
                .setAutoWidth(true);
        deliveries.addColumn(line -> line.delivery().customerId()).setHeader(getTranslation("webhooks.customer"))
                .setAutoWidth(true);
        deliveries.addColumn(line -> getTranslation("webhooks.status." + line.delivery().status().name()))
                .setHeader(getTranslation("webhooks.status")).setAutoWidth(true)
                .setSortProperty(DeliverySort.STATUS.name());
        deliveries.addColumn(line -> line.delivery().attempts()).setHeader(getTranslation("webhooks.attempts"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortProperty(DeliverySort.ATTEMPTS.name());
        deliveries.addColumn(line -> time(line.delivery().lastAttemptAt()))
                .setHeader(getTranslation("webhooks.lastAttempt")).setAutoWidth(true)
                .setSortProperty(DeliverySort.LAST_ATTEMPT.name());
        deliveries.addColumn(this::lastResult).setHeader(getTranslation("webhooks.lastResult")).setFlexGrow(1);
        deliveries.addColumn(line -> line.delivery().status() == DeliveryStatus.PENDING
                        ? time(line.delivery().nextAttemptAt()) : "")
                .setHeader(getTranslation("webhooks.nextAttempt")).setAutoWidth(true);
        deliveries.addComponentColumn(this::replayButton).setAutoWidth(true).setFlexGrow(0);
        deliveries.setEmptyStateText(getTranslation("webhooks.noDeliveries"));
        deliveries.setItems(query -> webhooks.deliveriesFrom(selectedStatus(), null,
                        GridSorting.of(query.getSortOrders(), DeliverySort.class), query.getOffset(), query.getLimit())
                        .stream(),
                query -> Math.toIntExact(webhooks.countDeliveries(selectedStatus(), null)));
    }

    /** Replay is offered on parked deliveries only; the others get an empty cell. */
    private Component replayButton(DeliveryLine line) {
        if (line.delivery().status() != DeliveryStatus.PARKED) {
            return new Span();
        }
        var button = new Button(getTranslation("webhooks.replay"), click -> {
            if (Notifications.attempt(() -> webhooks.replay(line.delivery().id()))) {
                Notifications.success(getTranslation("webhooks.replayed", line.delivery().id()));
                deliveries.getDataProvider().refreshAll();
            }
        });
        button.setId("delivery-replay");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private String lastResult(DeliveryLine line) {
        var delivery = line.delivery();
        if (delivery.lastError() != null) {
            return delivery.lastError();
        }
        return delivery.lastResponseStatus() == null ? "" : "HTTP " + delivery.lastResponseStatus();
    }

    private DeliveryStatus selectedStatus() {
        return status.getValue();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.webhooks");
    }
}
