package io.jifen.api.partners;

import io.jifen.partners.Carrier;
import io.jifen.partners.CustomerLink;
import io.jifen.partners.Partner;
import java.time.Instant;

/** What the partner and carrier registry endpoints answer. */
final class PartnerViews {
    private PartnerViews() {
    }

    record PartnerView(String id, String name, String status, String customerScope, int rateLimitPerSecond, int burst,
                       Instant registeredAt, String registeredBy, Instant updatedAt, String updatedBy) {
        static PartnerView of(Partner partner) {
            return new PartnerView(partner.id(), partner.name(), partner.status().name(), partner.customerScope().name(),
                    partner.limits().perSecond(), partner.limits().burst(), partner.registeredAt(),
                    partner.registeredBy(), partner.updatedAt(), partner.updatedBy());
        }
    }

    record CarrierView(String id, String name, String status, Instant registeredAt, String registeredBy,
                       Instant updatedAt, String updatedBy) {
        static CarrierView of(Carrier carrier) {
            return new CarrierView(carrier.id(), carrier.name(), carrier.status().name(), carrier.registeredAt(),
                    carrier.registeredBy(), carrier.updatedAt(), carrier.updatedBy());
        }
    }

    record LinkView(String customerId, String partnerId, Instant consentedAt, Instant linkedAt, String linkedBy) {
        static LinkView of(CustomerLink link) {
            return new LinkView(link.customerId(), link.partnerId(), link.consentedAt(), link.linkedAt(),
                    link.linkedBy());
        }
    }
}
