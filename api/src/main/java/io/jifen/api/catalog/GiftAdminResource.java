package io.jifen.api.catalog;

import io.jifen.api.shared.PathIds;
import io.jifen.api.catalog.GiftViews.GiftAdminView;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.catalog.application.CatalogService;
import io.jifen.catalog.application.GiftForm;
import io.jifen.catalog.application.StockService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Procurement's back office for gifts and their stock. */
@Path("/v1/admin")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GiftAdminResource {
    @Inject
    CatalogService catalog;
    @Inject
    StockService stock;

    public record StockAdjustmentRequest(
            @NotBlank @Size(max = 32) String location,
            @NotNull Long quantity,
            @NotBlank @Size(max = 500) String reason) {
    }

    public record StockAdjustmentView(long id, String giftId, String location, long quantity, long quantityAfter,
                                      String reason, String adjustedBy, Instant adjustedAt) {
    }

    public record WarningView(long id, String giftId, String sku, String name, long totalStock, int threshold,
                              Instant raisedAt, Instant resolvedAt) {
    }

    @POST
    @Path("/gifts")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Add a gift to the catalog")
    @APIResponse(responseCode = "201", description = "Added: the gift with its stock per location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GiftAdminView.class)))
    public Response addGift(@Valid @NotNull GiftForm form) {
        var gift = catalog.addGift(form.toDetails());
        return Response.status(201).entity(GiftAdminView.of(gift, stock.stockByLocation(gift.id()))).build();
    }

    @GET
    @Path("/gifts/{giftId}")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.FULFILMENT, Roles.AUDITOR})
    @Operation(summary = "A gift with its stock per location")
    public GiftAdminView gift(@PathParam("giftId") @Size(max = 40) String giftId) {
        return GiftAdminView.of(catalog.find(PathIds.gift(giftId)), stock.stockByLocation(PathIds.gift(giftId)));
    }

    @PUT
    @Path("/gifts/{giftId}")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Change a gift")
    public GiftAdminView changeGift(@PathParam("giftId") @Size(max = 40) String giftId,
                                    @Valid @NotNull GiftForm form) {
        return GiftAdminView.of(catalog.changeGift(PathIds.gift(giftId), form.toDetails()), stock.stockByLocation(PathIds.gift(giftId)));
    }

    @POST
    @Path("/gifts/{giftId}/retire")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Retire a gift: it leaves the catalog; existing orders are kept")
    public GiftAdminView retireGift(@PathParam("giftId") @Size(max = 40) String giftId) {
        return GiftAdminView.of(catalog.retireGift(PathIds.gift(giftId)), stock.stockByLocation(PathIds.gift(giftId)));
    }

    @POST
    @Path("/gifts/{giftId}/stock-adjustments")
    @RolesAllowed({Roles.PROCUREMENT})
    @Operation(summary = "Adjust stock at a location with a reason; stock never goes below zero")
    @APIResponse(responseCode = "201", description = "Adjusted: the stock movement and the quantity after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StockAdjustmentView.class)))
    public Response adjustStock(@PathParam("giftId") @Size(max = 40) String giftId,
                                @Valid @NotNull StockAdjustmentRequest request) {
        var adjustment = stock.adjust(PathIds.gift(giftId), request.location(), request.quantity(), request.reason());
        return Response.status(201).entity(new StockAdjustmentView(adjustment.id(), giftId, adjustment.locationCode(),
                adjustment.delta(), adjustment.quantityAfter(), adjustment.reason(), adjustment.actor(),
                adjustment.adjustedAt())).build();
    }

    @GET
    @Path("/stock/warnings")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Low-stock warnings, open ones by default (all=true for resolved ones too)")
    public PageView<WarningView> warnings(@QueryParam("all") boolean all, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        var result = stock.warnings(!all, paging.page(), paging.size());
        return PageView.of(result, w -> {
            var gift = catalog.find(w.giftId());
            return new WarningView(w.id(), w.giftId().value(), gift.sku(), gift.nameZh(), w.totalStock(), w.threshold(),
                    w.raisedAt(), w.resolvedAt());
        });
    }
}
