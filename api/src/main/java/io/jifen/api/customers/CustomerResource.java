package io.jifen.api.customers;

import io.jifen.shared.Message;
import io.jifen.shared.CustomerId;
import io.jifen.api.customers.CustomerRequests.MasterDataRequest;
import io.jifen.api.customers.CustomerRequests.SegmentsRequest;
import io.jifen.api.customers.CustomerRequests.ServiceLevelOverrideRequest;
import io.jifen.api.customers.CustomerRequests.StarFiguresReport;
import io.jifen.api.shared.Caller;
import io.jifen.shared.security.Roles;
import io.jifen.api.shared.ValidCustomerId;
import io.jifen.customers.Customer;
import io.jifen.customers.MasterData;
import io.jifen.customers.StarLevel;
import io.jifen.customers.StarPointComponent;
import io.jifen.customers.application.CustomerService;
import io.jifen.customers.application.PersonalDataAccess;
import io.jifen.shared.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/v1/customers/{customerId}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {
    @Inject
    CustomerService customers;
    @Inject
    Caller caller;
    @Inject
    PersonalDataAccess personalData;


    @PUT
    @RolesAllowed({Roles.CORE_BANKING, Roles.ADMIN})
    @Operation(summary = "Create or replace a customer's master data (core banking)")
    @APIResponse(responseCode = "201", description = "Created: the new customer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "200", description = "Replaced: the customer's master data as now held",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CustomerView.class)))
    public Response put(@PathParam("customerId") @ValidCustomerId String customerId, @Valid @NotNull MasterDataRequest request) {
        var data = new MasterData(request.name(), request.phone(), request.status(),
                Boolean.TRUE.equals(request.blacklisted()), request.riskLevel(), request.creditRating(),
                request.holdings());
        if (request.openedOn() != null && request.openedOn().isAfter(customers.today())) {
            throw new InvalidRequestException("openedOn", "is in the future");
        }
        var saved = customers.registerOrReplace(new CustomerId(customerId), data,
                new CustomerService.MarketingData(request.segments(), request.openedOn()));
        return Response.status(saved.created() ? 201 : 200)
                .entity(view(saved.customer()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.CORE_BANKING, Roles.ADMIN, Roles.SERVICE, Roles.MARKETING,
            Roles.FULFILMENT, Roles.PROCUREMENT, Roles.AUDITOR})
    @Operation(summary = "A customer with star levels and the star points behind them; name and phone by the README's "
            + "personal-data table (whole for service and core banking, a service view audited; masked for the others)")
    public CustomerView get(@PathParam("customerId") @ValidCustomerId String customerId) {
        return view(customers.find(new CustomerId(customerId)));
    }

    @PUT
    @Path("/segments")
    @RolesAllowed({Roles.MARKETING, Roles.SERVICE, Roles.ADMIN})
    @Operation(summary = "Staff replace a customer's marketing segments (HIGH_NET_WORTH, SMALL_BUSINESS_OWNER, "
            + "YOUNG_PROFESSIONAL, RETIREE, REGION_…); core banking sends them with the master data")
    public CustomerView tagSegments(@PathParam("customerId") @ValidCustomerId String customerId,
                                    @Valid @NotNull SegmentsRequest request) {
        var customer = customers.tagSegments(new CustomerId(customerId), request.segments());
        return view(customer);
    }

    @PUT
    @Path("/star-figures")
    @RolesAllowed({Roles.CORE_BANKING})
    @Operation(summary = "Report six months of business per star-point component; the contribution level follows at once")
    public CustomerView reportStarFigures(@PathParam("customerId") @ValidCustomerId String customerId, @Valid @NotNull StarFiguresReport report) {
        Map<StarPointComponent, BigDecimal> figures = new EnumMap<>(StarPointComponent.class);
        for (var line : report.components()) {
            if (figures.put(line.component(), new BigDecimal(line.amount())) != null) {
                throw new InvalidRequestException("components", Message.of("reportedTwice", line.component()));
            }
        }
        var customer = customers.reportStarFigures(new CustomerId(customerId), figures, report.periodEnd());
        return view(customer);
    }

    @PUT
    @Path("/service-level-override")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Operation(summary = "A relationship manager raises the service level, with a reason and an end date")
    public CustomerView overrideServiceLevel(@PathParam("customerId") @ValidCustomerId String customerId, @Valid @NotNull ServiceLevelOverrideRequest request) {
        if (request.level() == 2) {
            throw new InvalidRequestException("level", "there is no star level 2");
        }
        if (request.until().isBefore(customers.today())) {
            throw new InvalidRequestException("until", "the end date has passed");
        }
        var customer = customers.overrideServiceLevel(new CustomerId(customerId), StarLevel.ofNumber(request.level()),
                request.reason(), request.until());
        return view(customer);
    }

    @DELETE
    @Path("/service-level-override")
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Operation(summary = "End a manual service-level override")
    public CustomerView endOverride(@PathParam("customerId") @ValidCustomerId String customerId) {
        return view(customers.endServiceLevelOverride(new CustomerId(customerId)));
    }

    /** The customer as this caller may see it; a staff member's whole view of name and phone is audited. */
    private CustomerView view(Customer customer) {
        return CustomerView.of(customer, customers.today(), personalData.reveal(customer.id(), CustomerView.FIELDS),
                caller.isPartnerOnly());
    }
}
