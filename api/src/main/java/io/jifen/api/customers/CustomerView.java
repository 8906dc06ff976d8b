package io.jifen.api.customers;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.jifen.api.shared.ApiFormats;
import io.jifen.customers.CreditRating;
import io.jifen.customers.Customer;
import io.jifen.customers.CustomerStatus;
import io.jifen.customers.PersonalDataPolicy.Field;
import io.jifen.customers.application.PersonalDataAccess.Lens;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.RiskLevel;
import io.jifen.customers.ServiceLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A customer as the API shows it, with the star levels and what they come from. */
public record CustomerView(
        String customerId, String name, String phone, CustomerStatus status, boolean blacklisted,
        RiskLevel riskLevel, CreditRating creditRating, List<ProductHolding> holdings,
        int contributionStarLevel, int serviceStarLevel, ServiceLevelBasis serviceStarLevelBasis,
        long starPoints, LocalDate starFiguresPeriodEnd, List<StarPointLine> starPointComponents,
        Override serviceLevelOverride, List<String> segments, LocalDate openedOn, Instant createdAt, Instant updatedAt) {

    public record ServiceLevelBasis(ServiceLevel.Basis basis, String detail) {
    }

    public record StarPointLine(String component, String measuredAs, String amount, int starPointsPer10k,
                                long starPoints) {
    }

    @Schema(name = "ServiceLevelOverrideView")

    public record Override(int level, String reason, LocalDate until, String grantedBy) {
    }

    /** The personal data a customer view shows: what a lens over customers must be asked for. */
    public static final Set<Field> FIELDS = Set.of(Field.CUSTOMER_NAME, Field.CUSTOMER_PHONE);

    /**
     * Name and phone as the lens shows them (PersonalDataPolicy); a storefront ({@code partnerOnly})
     * also gets none of the bank's reasoning behind the star levels, segments or overrides.
     */
    public static CustomerView of(Customer customer, LocalDate today, Lens lens, boolean partnerOnly) {
        boolean masked = partnerOnly;
        ServiceLevel service = customer.serviceLevelOn(today);
        List<StarPointLine> lines = customer.starFigures().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new StarPointLine(e.getKey().name(), e.getKey().measuredAs().name(),
                        ApiFormats.money(e.getValue()), e.getKey().starPointsPer10k(),
                        e.getKey().starPointsFor(e.getValue())))
                .toList();
        var override = customer.serviceLevelOverride() == null || customer.serviceLevelOverride().reason() == null
                ? null
                : new Override(customer.serviceLevelOverride().level().number(), customer.serviceLevelOverride().reason(),
                        customer.serviceLevelOverride().until(), customer.serviceLevelOverride().grantedBy());
        return new CustomerView(customer.id().value(),
                lens.show(Field.CUSTOMER_NAME, customer.name()),
                lens.show(Field.CUSTOMER_PHONE, customer.phone()),
                customer.status(), customer.isBlacklisted(), customer.riskLevel(), customer.creditRating(),
                customer.holdings().stream().sorted().toList(),
                customer.contributionStarLevel().number(), service.level().number(),
                new ServiceLevelBasis(service.basis(), masked ? null : service.detail()),
                customer.starPoints(), customer.starFiguresPeriodEnd(), masked ? List.of() : lines,
                masked ? null : override, masked ? List.of() : customer.segments().stream().sorted().toList(),
                masked ? null : customer.openedOn(), customer.createdAt(), customer.updatedAt());
    }
}
