package io.jifen.ui.webhooks;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.jifen.webhooks.WebhookEventType;
import java.util.function.Predicate;

/**
 * Partner, URL and event types, checked by the form's own constraints; whether the URL is one a
 * delivery can use the webhook service decides when the view sends it.
 */
class RegistrationForm extends Composite<FormLayout> {
    private final TextField partner = new TextField();
    private final TextField url = new TextField();
    private final CheckboxGroup<WebhookEventType> events = new CheckboxGroup<>();
    private final Button register = new Button();
    private final BeanValidationBinder<EndpointRegistration> binder = new BeanValidationBinder<>(EndpointRegistration.class);

    /** @param send registers the endpoint and answers whether it was accepted; the form then empties */
    RegistrationForm(Predicate<EndpointRegistration> send) {
        partner.setId("webhook-partner");
        partner.setLabel(getTranslation("webhooks.partner"));
        partner.setHelperText(getTranslation("webhooks.partnerHelp"));
        partner.setMaxLength(64);
        url.setId("webhook-url");
        url.setLabel(getTranslation("webhooks.url"));
        url.setPlaceholder("https://partner.example/jifen/webhooks");
        url.setMaxLength(500);
        events.setId("webhook-events");
        events.setLabel(getTranslation("webhooks.events"));
        events.setItems(WebhookEventType.values());
        events.setItemLabelGenerator(type -> getTranslation("webhooks.event." + type.wireName()));
        events.setHelperText(getTranslation("webhooks.eventsHelp"));
        register.setId("webhook-register");
        register.setText(getTranslation("webhooks.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        binder.forField(partner).asRequired(getTranslation("webhooks.partnerRequired")).bind("partnerId");
        binder.forField(url).asRequired(getTranslation("webhooks.urlRequired")).bind("url");
        binder.forField(events).asRequired(getTranslation("webhooks.eventsRequired")).bind("events");
        binder.readBean(new EndpointRegistration());
        register.addClickListener(click -> {
            var registration = new EndpointRegistration();
            if (binder.writeBeanIfValid(registration) && send.test(registration)) {
                binder.readBean(new EndpointRegistration());
            }
        });

        getContent().setId("webhook-form");
        getContent().add(partner, url, events, register);
        getContent().setColspan(url, 2);
        getContent().setColspan(events, 2);
    }
}
