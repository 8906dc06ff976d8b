package io.jifen.api.procurement;

import io.jifen.api.procurement.ProcurementViews.ComparisonView;
import io.jifen.api.procurement.ProcurementViews.QuoteView;
import io.jifen.api.procurement.ProcurementViews.SupplierView;
import io.jifen.api.shared.ApiFormats;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.procurement.PurchaseOrderLine;
import io.jifen.procurement.SupplierContact;
import io.jifen.procurement.UnknownSupplierException;
import io.jifen.procurement.application.SupplierService;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Suppliers, their quotes and grade, and the quote comparison for a gift. */
@Path("/v1/admin/suppliers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
public class SupplierResource {
    @Inject
    SupplierService suppliers;

    public record ContactRequest(@NotBlank @Size(max = 100) String name, @Size(max = 40) String phone,
                                 @Email @Size(max = 200) String email) {
        SupplierContact toContact() {
            return new SupplierContact(name.strip(), phone, email);
        }
    }

    public record SupplierRequest(@NotBlank @Size(max = 200) String name,
                                  @Size(max = 20) List<@Valid @NotNull ContactRequest> contacts) {
        List<SupplierContact> toContacts() {
            return contacts == null ? List.of() : contacts.stream().map(ContactRequest::toContact).toList();
        }
    }

    public record QuoteRequest(@NotBlank @Size(max = 40) String giftId,
                               @NotNull Integer minQuantity,
                               @NotNull @Pattern(regexp = ApiFormats.AMOUNT) String unitPrice,
                               @Pattern(regexp = "^CNY$", message = "quotes are in CNY") String currency,
                               @NotNull LocalDate validFrom, @NotNull LocalDate validTo) {
    }

    @POST
    @Operation(summary = "Add a supplier with its contacts")
    @APIResponse(responseCode = "201", description = "Added: the new supplier with its contacts and grade",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupplierView.class)))
    public Response add(@Valid @NotNull SupplierRequest request) {
        var supplier = suppliers.addSupplier(request.name(), request.toContacts());
        var graded = suppliers.graded(supplier.id());
        return Response.status(201).entity(SupplierView.of(supplier, graded.grade(), graded.quotes())).build();
    }

    @GET
    @Operation(summary = "Suppliers by name, each with its grade and why")
    public PageView<SupplierView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var result = suppliers.suppliers(paging.page(), paging.size());
        return PageView.of(result, s -> SupplierView.of(s, suppliers.graded(s.id()).grade(), null));
    }

    @GET
    @Path("/{supplierId}")
    @Operation(summary = "A supplier with its contacts, quotes and grade (with why)")
    public SupplierView one(@PathParam("supplierId") @Size(max = 40) String supplierId) {
        var graded = suppliers.graded(supplierId);
        return SupplierView.of(graded.supplier(), graded.grade(), graded.quotes());
    }

    @PUT
    @Path("/{supplierId}")
    @Operation(summary = "Change a supplier's name and contacts")
    public SupplierView change(@PathParam("supplierId") @Size(max = 40) String supplierId,
                               @Valid @NotNull SupplierRequest request) {
        suppliers.changeSupplier(supplierId, request.name(), request.toContacts());
        return one(supplierId);
    }

    @POST
    @Path("/{supplierId}/quotes")
    @Operation(summary = "Add a quote tier: the unit price of a gift from minQuantity units up, valid from/to")
    @APIResponse(responseCode = "201", description = "Added: the new quote tier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuoteView.class)))
    public Response addQuote(@PathParam("supplierId") @Size(max = 40) String supplierId,
                             @Valid @NotNull QuoteRequest request) {
        var quote = suppliers.addQuote(supplierId, request.giftId(), request.minQuantity(),
                Money.yuan(request.unitPrice()), request.validFrom(), request.validTo());
        return Response.status(201).entity(QuoteView.of(quote)).build();
    }

    @GET
    @Path("/quote-comparison")
    @Operation(summary = "Every supplier's price for a gift and quantity, side by side, cheapest first")
    public ComparisonView compare(@QueryParam("giftId") @NotBlank @Size(max = 40) String giftId,
                                  @QueryParam("quantity") @NotNull @Min(1) @Max(PurchaseOrderLine.MAX_QUANTITY) Integer quantity,
                                  @QueryParam("on") @Size(max = 10) String on) {
        LocalDate day = null;
        if (on != null && !on.isBlank()) {
            try {
                day = LocalDate.parse(on);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("on", "a date like 2026-11-30");
            }
        }
        return ComparisonView.of(suppliers.compare(giftId, quantity, day), id -> {
            try {
                return suppliers.find(id).name();
            } catch (UnknownSupplierException e) {
                return id;
            }
        });
    }
}
