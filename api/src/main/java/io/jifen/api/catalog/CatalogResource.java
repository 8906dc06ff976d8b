package io.jifen.api.catalog;

import io.jifen.api.shared.PathIds;
import io.jifen.shared.CustomerId;
import io.jifen.api.catalog.GiftViews.CatalogItem;
import io.jifen.api.shared.Caller;
import io.jifen.api.shared.Languages;
import io.jifen.api.shared.PageView;
import io.jifen.api.shared.Paging;
import io.jifen.shared.security.Roles;
import io.jifen.catalog.CatalogQuery;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.UnknownGiftException;
import io.jifen.catalog.application.CatalogService;
import io.jifen.orders.Ineligibility;
import io.jifen.orders.application.RedemptionService;
import io.jifen.shared.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What storefronts browse: active gifts offered through them, and whether a customer may redeem each. */
@Path("/v1/catalog")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.ADMIN, Roles.SERVICE, Roles.PROCUREMENT, Roles.MARKETING, Roles.FULFILMENT,
        Roles.AUDITOR})
public class CatalogResource {
    @Inject
    CatalogService catalog;
    @Inject
    RedemptionService redemptions;
    @Inject
    Caller caller;

    public record BranchView(String code, String name, String city, String address) {
    }

    @GET
    @Path("/gifts")
    @Operation(summary = "Browse gifts by category, points range and text; with customerId, whether each is redeemable and why not")
    public PageView<CatalogItem> gifts(@QueryParam("category") String category,
                                       @QueryParam("minPoints") String minPoints,
                                       @QueryParam("maxPoints") String maxPoints,
                                       @QueryParam("q") @Size(max = 100) String text,
                                       @QueryParam("customerId") @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$",
                                               message = "must be 1-64 letters, digits, '-' or '_'") String customerId,
                                       @QueryParam("page") String page, @QueryParam("size") String size,
                                       @HeaderParam("Accept-Language") String language) {
        Paging paging = Paging.of(page, size);
        var query = new CatalogQuery(category(category), points("minPoints", minPoints), points("maxPoints", maxPoints),
                text, caller.partner().orElse(null), true);
        var result = catalog.browse(query, paging.page(), paging.size());
        Map<String, List<Ineligibility>> refusals = customerId == null ? Map.of()
                : redemptions.redeemability(new CustomerId(customerId), caller.partner().orElse(null), result.items(), result.stock());
        boolean english = Languages.prefersEnglish(language);
        return new PageView<>(result.items().stream()
                .map(gift -> CatalogItem.of(gift, result.stock().getOrDefault(gift.id().value(), 0L), english,
                        customerId == null ? null
                                : refusals.get(gift.id().value()).stream().map(Ineligibility::reason).toList()))
                .toList(), result.page(), result.size(), result.total());
    }

    @GET
    @Path("/gifts/{giftId}")
    @Operation(summary = "One gift")
    public CatalogItem gift(@PathParam("giftId") @Size(max = 40) String giftId,
                            @HeaderParam("Accept-Language") String language) {
        var gift = catalog.find(PathIds.gift(giftId));
        if (!gift.isActive() || !gift.isOfferedBy(caller.partner().orElse(null))) {
            throw new UnknownGiftException(giftId);
        }
        return CatalogItem.of(gift, catalog.totalStock(PathIds.gift(giftId)), Languages.prefersEnglish(language), null);
    }

    @GET
    @Path("/branches")
    @Operation(summary = "Branches where gifts can be picked up")
    public List<BranchView> branches(@HeaderParam("Accept-Language") String language) {
        boolean english = Languages.prefersEnglish(language);
        return catalog.locations().stream().filter(StockLocation::isBranch)
                .map(l -> new BranchView(l.code(), english ? l.nameEn() : l.nameZh(), l.city(), l.address()))
                .toList();
    }

    private static GiftCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return GiftCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("category", "is not a gift category");
        }
    }

    private static Long points(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long points = Long.parseLong(value);
            if (points < 0) {
                throw new InvalidRequestException(name, "must be 0 or more");
            }
            return points;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number of points");
        }
    }
}
