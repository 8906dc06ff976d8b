package io.jifen.api.partners;

import io.jifen.partners.Carrier;
import io.jifen.partners.CustomerLink;
import io.jifen.partners.Partner;
import java.time.Instant;

/** What the partner and carrier registry endpoints answer. */
public final class PartnerViews {
    private PartnerViews() {
    }

    public record PartnerView(String id, String name, String status, String customerScope, int rateLimitPerSecond, int burst,
                       Instant registeredAt, String registeredBy, Instant updatedAt, String updatedBy) {
        public static PartnerView of(Partner partner) {
            return new PartnerView(partner.id(), partner.name(), partner.status().name(), partner.customerScope().name(),
                    partner.limits().perSecond(), partner.limits().burst(), partner.registeredAt(),
                    partner.registeredBy(), partner.updatedAt(), partner.updatedBy());
        }
    }

    public record CarrierView(String id, String name, String status, Instant registeredAt, String registeredBy,
                       Instant updatedAt, String updatedBy) {
        public static CarrierView of(Carrier carrier) {
            return new CarrierView(carrier.id(), carrier.name(), carrier.status().name(), carrier.registeredAt(),
                    carrier.registeredBy(), carrier.updatedAt(), carrier.updatedBy());
        }
    }

    public record LinkView(String customerId, String partnerId, Instant consentedAt, Instant linkedAt, String linkedBy) {
        public static LinkView of(CustomerLink link) {
            return new LinkView(link.customerId(), link.partnerId(), link.consentedAt(), link.linkedAt(),
                    link.linkedBy());
        }
    }
}
