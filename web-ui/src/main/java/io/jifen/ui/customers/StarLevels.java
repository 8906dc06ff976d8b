package io.jifen.ui.customers;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.jifen.customers.Customer;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.ServiceLevel;
import io.jifen.customers.StarPointComponent;
import io.jifen.ui.shared.ExportableGrid;
import io.jifen.ui.shared.GridExport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Both star levels and why the customer has them, so staff can explain a tier on the phone: the
 * service level's basis and detail as the customer's rules gave it, and the star points each
 * business component earned towards the contribution level.
 */
class StarLevels extends Composite<VerticalLayout> {
    StarLevels(Customer customer, LocalDate today) {
        ServiceLevel service = customer.serviceLevelOn(today);

        var contribution = new Span(Labels.of(customer.contributionStarLevel()));
        contribution.setId("contribution-level");
        var serviceLevel = new Span(Labels.of(service.level()));
        serviceLevel.setId("service-level");
        var basis = new Span(basisText(customer, service));
        basis.setId("star-level-basis");
        basis.getElement().setAttribute("data-basis", service.basis().name());
        var starPoints = new Span(customer.starFiguresPeriodEnd() == null
                ? getTranslation("customers.stars.noFigures")
                : getTranslation("customers.stars.total", Labels.points(customer.starPoints()),
                        customer.starFiguresPeriodEnd().toString()));
        starPoints.setId("star-points");

        var levels = new FormLayout();
        levels.addFormItem(serviceLevel, getTranslation("customers.serviceLevel"));
        levels.addFormItem(basis, getTranslation("customers.stars.basis"));
        levels.addFormItem(contribution, getTranslation("customers.contributionLevel"));
        levels.addFormItem(starPoints, getTranslation("customers.stars.starPoints"));
        if (customer.serviceLevelOverride() != null) {
            var override = customer.serviceLevelOverride();
            var text = new Span(getTranslation("customers.stars.override", Labels.of(override.level()),
                    override.until().toString(), override.grantedBy() == null ? "" : override.grantedBy(),
                    override.reason()));
            text.setId("service-level-override");
            levels.addFormItem(text, getTranslation("customers.stars.overrideLabel"));
        }

        var components = new ExportableGrid<Map.Entry<StarPointComponent, BigDecimal>>();
        components.setId("star-components-grid");
        components.addThemeVariants(GridVariant.LUMO_COMPACT);
        components.setAllRowsVisible(true);
        components.addColumn(e -> Labels.of(e.getKey())).setHeader(getTranslation("customers.stars.component"))
                .setAutoWidth(true);
        components.addColumn(e -> Labels.of(e.getKey().measuredAs())).setHeader(getTranslation("customers.stars.measure"))
                .setAutoWidth(true);
        components.addColumn(e -> Labels.yuan(e.getValue())).setHeader(getTranslation("customers.stars.amount"))
                .setAutoWidth(true);
        components.addColumn(e -> getTranslation("customers.stars.rate", e.getKey().starPointsPer10k()))
                .setHeader(getTranslation("customers.stars.rateHeader")).setAutoWidth(true);
        components.addColumn(e -> Labels.points(e.getKey().starPointsFor(e.getValue())))
                .setHeader(getTranslation("customers.stars.points")).setAutoWidth(true);
        components.setItems(customer.starFigures().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList());

        getContent().setPadding(false);
        var heading = new HorizontalLayout(new H3(getTranslation("customers.stars.title")),
                GridExport.buttons(components, "star-points-" + customer.id().value()));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().add(heading, levels, components);
    }

    /** The basis in the staff's language; the detail is what the domain recorded for it. */
    private String basisText(Customer customer, ServiceLevel service) {
        return switch (service.basis()) {
            case CONTRIBUTION -> getTranslation("customers.Basis.CONTRIBUTION.detail", Labels.points(customer.starPoints()));
            case PRODUCT_HOLDING -> getTranslation("customers.Basis.PRODUCT_HOLDING.detail", holding(service.detail()));
            case MANUAL_OVERRIDE -> getTranslation("customers.Basis.MANUAL_OVERRIDE.detail", service.detail());
        };
    }

    private static String holding(String name) {
        try {
            return Labels.of(ProductHolding.valueOf(name));
        } catch (IllegalArgumentException notAHolding) {
            return name;
        }
    }
}
