package io.jifen.ui.customers;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import io.jifen.customers.Customer;
import io.jifen.customers.PersonalDataPolicy.Field;
import io.jifen.customers.application.PersonalDataAccess;
import java.util.stream.Collectors;

/** Who the customer is, as core banking reports them; name and phone as PersonalDataPolicy lets the viewer see them. */
class CustomerProfile extends Composite<FormLayout> {
    CustomerProfile(Customer customer, PersonalDataAccess.Lens lens) {
        var form = getContent();
        form.setId("customer-profile");
        form.addFormItem(value("customer-id", customer.id().value()), getTranslation("customers.id"));
        form.addFormItem(value("customer-name", nullToEmpty(lens.show(Field.CUSTOMER_NAME, customer.name()))),
                getTranslation("customers.name"));
        form.addFormItem(value("customer-phone", nullToEmpty(lens.show(Field.CUSTOMER_PHONE, customer.phone()))),
                getTranslation("customers.phone"));
        form.addFormItem(value("customer-status", Labels.of(customer.status())
                + (customer.isBlacklisted() ? " · " + getTranslation("customers.blacklisted") : "")),
                getTranslation("customers.status"));
        form.addFormItem(value("customer-risk", Labels.of(customer.riskLevel())), getTranslation("customers.risk"));
        form.addFormItem(value("customer-credit", customer.creditRating().name()), getTranslation("customers.credit"));
        form.addFormItem(value("customer-holdings", customer.holdings().isEmpty() ? getTranslation("customers.none")
                : customer.holdings().stream().sorted().map(h -> Labels.of(h) + " (" + Labels.of(h.floor()) + ")")
                        .collect(Collectors.joining(", "))), getTranslation("customers.holdings"));
        form.addFormItem(value("customer-segments", customer.segments().isEmpty() ? getTranslation("customers.none")
                : customer.segments().stream().sorted().map(CustomerProfile::segmentName)
                        .collect(Collectors.joining(", "))), getTranslation("customers.segments"));
        form.addFormItem(value("customer-opened-on", customer.openedOn() == null ? "" : customer.openedOn().toString()),
                getTranslation("customers.openedOn"));
    }

    private static Span value(String id, String text) {
        var span = new Span(text);
        span.setId(id);
        return span;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A named segment in words (高净值客户), a bank's own code as it is. */
    private static String segmentName(String code) {
        String words = Labels.text("marketing.segment." + code);
        return words.startsWith("!") ? code : words;
    }
}
