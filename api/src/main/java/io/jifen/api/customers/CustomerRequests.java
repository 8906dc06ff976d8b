package io.jifen.api.customers;

import io.jifen.api.shared.ApiFormats;
import io.jifen.customers.CreditRating;
import io.jifen.customers.CustomerStatus;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.RiskLevel;
import io.jifen.customers.StarPointComponent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What core banking and staff send about customers. */
public final class CustomerRequests {
    private CustomerRequests() {
    }

    public record MasterDataRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 -]{3,40}$", message = "must be a phone number") String phone,
            @NotNull CustomerStatus status,
            Boolean blacklisted,
            @NotNull RiskLevel riskLevel,
            @NotNull CreditRating creditRating,
            @Size(max = 16) Set<@NotNull ProductHolding> holdings,
            @Size(max = 20) Set<@NotNull @Pattern(regexp = SEGMENT, message = "must be 1-40 upper-case letters, digits, _ or -") String> segments,
            LocalDate openedOn) {
    }

    public static final String SEGMENT = "^[A-Z0-9_-]{1,40}$";

    public record SegmentsRequest(
            @NotNull @Size(max = 20) Set<@NotNull @Pattern(regexp = SEGMENT, message = "must be 1-40 upper-case letters, digits, _ or -") String> segments) {
    }

    public record StarFiguresReport(
            @NotNull LocalDate periodEnd,
            @NotNull @Size(max = 16) List<@Valid @NotNull ComponentFigure> components) {
    }

    public record ComponentFigure(
            @NotNull StarPointComponent component,
            @NotNull @Pattern(regexp = ApiFormats.AMOUNT, message = "must be a yuan amount like 12500.00") String amount) {
    }

    public record ServiceLevelOverrideRequest(
            @NotNull @Min(1) @Max(7) Integer level,
            @NotBlank @Size(max = 500) String reason,
            @NotNull LocalDate until) {
    }
}
