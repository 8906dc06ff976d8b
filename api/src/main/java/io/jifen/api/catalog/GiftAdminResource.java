package io.jifen.api.catalog;

import io.jifen.api.catalog.GiftViews.GiftAdminView;
import io.jifen.api.shared.ApiFormats;
import io.jifen.api.shared.Caller;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.api.shared.Roles;
import io.jifen.catalog.Channel;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.GiftDetails;
import io.jifen.catalog.GiftType;
import io.jifen.catalog.application.CatalogService;
import io.jifen.catalog.application.StockService;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import io.jifen.shared.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Procurement's back office for gifts and their stock. */
@Path("/v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GiftAdminResource {
    @Inject
    CatalogService catalog;
    @Inject
    StockService stock;
    @Inject
    Caller caller;

    public record GiftRequest(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "letters, digits, '.', '_' or '-'") String sku,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String nameEn,
            @Size(max = 2000) String description,
            @Size(max = 2000) String descriptionEn,
            @NotNull GiftCategory category,
            @NotNull GiftType type,
            @NotNull @Min(1) @Max(100_000_000) Long pointsPrice,
            @Min(0) @Max(7) Integer minStarLevel,
            CreditRating minCreditRating,
            @NotEmpty @Size(max = 3) Set<@NotNull Channel> channels,
            @Size(max = 50) Set<@NotNull @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$") String> partners,
            @NotNull @Pattern(regexp = ApiFormats.AMOUNT, message = "must be a yuan amount like 199.00") String unitCost,
            @Min(0) @Max(1_000_000) Integer lowStockThreshold,
            @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String imageUrl) {

        GiftDetails details() {
            int level = minStarLevel == null ? 0 : minStarLevel;
            if (level == 2) {
                throw new InvalidRequestException("minStarLevel", "there is no star level 2");
            }
            return new GiftDetails(sku, name, nameEn, description, descriptionEn, category, type, pointsPrice,
                    StarLevel.ofNumber(level), minCreditRating, channels, partners, new BigDecimal(unitCost),
                    lowStockThreshold == null ? 0 : lowStockThreshold, imageUrl);
        }
    }

    public record StockAdjustmentRequest(
            @NotBlank @Size(max = 32) String location,
            @NotNull @Min(-1_000_000) @Max(1_000_000) Long quantity,
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
    public Response addGift(@Valid @NotNull GiftRequest request) {
        var gift = catalog.addGift(request.details());
        return Response.status(201).entity(GiftAdminView.of(gift, stock.stockByLocation(gift.id()))).build();
    }

    @GET
    @Path("/gifts/{giftId}")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN, Roles.FULFILMENT, Roles.AUDITOR})
    @Operation(summary = "A gift with its stock per location")
    public GiftAdminView gift(@PathParam("giftId") @Size(max = 40) String giftId) {
        return GiftAdminView.of(catalog.find(giftId), stock.stockByLocation(giftId));
    }

    @PUT
    @Path("/gifts/{giftId}")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Change a gift")
    public GiftAdminView changeGift(@PathParam("giftId") @Size(max = 40) String giftId,
                                    @Valid @NotNull GiftRequest request) {
        return GiftAdminView.of(catalog.changeGift(giftId, request.details()), stock.stockByLocation(giftId));
    }

    @POST
    @Path("/gifts/{giftId}/retire")
    @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
    @Operation(summary = "Retire a gift: it leaves the catalog; existing orders are kept")
    public GiftAdminView retireGift(@PathParam("giftId") @Size(max = 40) String giftId) {
        return GiftAdminView.of(catalog.retireGift(giftId), stock.stockByLocation(giftId));
    }

    @POST
    @Path("/gifts/{giftId}/stock-adjustments")
    @RolesAllowed({Roles.PROCUREMENT})
    @Operation(summary = "Adjust stock at a location with a reason; stock never goes below zero")
    public Response adjustStock(@PathParam("giftId") @Size(max = 40) String giftId,
                                @Valid @NotNull StockAdjustmentRequest request) {
        var adjustment = stock.adjust(giftId, request.location(), request.quantity(), request.reason(), caller.name());
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
        return new PageView<>(result.items().stream().map(w -> {
            var gift = catalog.find(w.giftId());
            return new WarningView(w.id(), w.giftId(), gift.sku(), gift.nameZh(), w.totalStock(), w.threshold(),
                    w.raisedAt(), w.resolvedAt());
        }).toList(), result.page(), result.size(), result.total());
    }
}
