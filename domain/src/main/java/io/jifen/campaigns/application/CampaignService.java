package io.jifen.campaigns.application;

import io.jifen.shared.CustomerId;
import io.jifen.audit.application.AuditLog;
import io.jifen.campaigns.Campaign;
import io.jifen.campaigns.CampaignRepository;
import io.jifen.campaigns.CampaignResults;
import io.jifen.campaigns.CampaignSimulation;
import io.jifen.campaigns.CampaignSort;
import io.jifen.campaigns.CampaignStatus;
import io.jifen.campaigns.CampaignTerms;
import io.jifen.campaigns.UnknownCampaignException;
import io.jifen.customers.CustomerRepository;
import io.jifen.customers.CustomerStatus;
import io.jifen.points.PointsRepository;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Paged;
import io.jifen.shared.Sorting;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.shared.time.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.time.temporal.ChronoUnit;
import java.util.List;

import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marketing's campaigns: drafted by one person, approved or rejected by another, stopped early
 * if need be; their results and, before approval, a simulation over the last 30 days.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Roles.MARKETING, Roles.ADMIN})
public class CampaignService {
    static final Duration SIMULATION_PERIOD = Duration.ofDays(30);

    @Inject
    CampaignRepository campaigns;
    @Inject
    PointsRepository points;
    @Inject
    CustomerRepository customers;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    @ConfigProperty(name = "jifen.points.cost-per-point", defaultValue = "0.01")
    BigDecimal costPerPoint;

    public record CampaignPage(List<Campaign> items, int page, int size, long total) implements Paged<Campaign> {
    }

    public Campaign create(CampaignTerms terms) {
        if (campaigns.nameTaken(terms.name(), null)) {
            throw new InvalidRequestException("name", "another campaign has this name");
        }
        var campaign = new Campaign("C-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), terms,
                Actors.current().name(), now());
        campaigns.add(campaign);
        audit.record("drafted campaign", "campaign:" + campaign.id(), campaign.name());
        return campaign;
    }

    public Campaign revise(String id, CampaignTerms terms) {
        var campaign = find(id);
        if (campaigns.nameTaken(terms.name(), id)) {
            throw new InvalidRequestException("name", "another campaign has this name");
        }
        campaign.revise(terms);
        audit.record("revised campaign", "campaign:" + id, campaign.name());
        return campaign;
    }

    public Campaign submit(String id) {
        var campaign = find(id);
        campaign.submit(now());
        audit.record("submitted campaign for approval", "campaign:" + id, campaign.name());
        return campaign;
    }

    public Campaign approve(String id, String note) {
        var campaign = locked(id);
        campaign.approve(Actors.current().name(), note, now());
        audit.record("approved campaign", "campaign:" + id, note);
        return campaign;
    }

    public Campaign reject(String id, String reason) {
        requireReason(reason);
        var campaign = locked(id);
        campaign.reject(Actors.current().name(), reason.strip(), now());
        audit.record("rejected campaign", "campaign:" + id, reason);
        return campaign;
    }

    public Campaign stop(String id, String reason) {
        requireReason(reason);
        var campaign = locked(id);
        campaign.stop(Actors.current().name(), reason.strip(), now());
        audit.record("stopped campaign", "campaign:" + id, reason);
        return campaign;
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public Campaign find(String id) {
        return campaigns.find(id).orElseThrow(() -> new UnknownCampaignException(id));
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public CampaignPage list(int page, int size) {
        return new CampaignPage(campaigns.list(page * size, size), page, size, campaigns.count());
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public List<Campaign> slice(int offset, int limit) {
        return slice(Sorting.none(), offset, limit);
    }

    /** For a lazy grid: in the order staff chose by a column (newest first when none is), from {@code offset}. */
    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public List<Campaign> slice(Sorting<CampaignSort> sorting, int offset, int limit) {
        return campaigns.list(sorting, offset, limit);
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public long count() {
        return campaigns.count();
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public CampaignStatus statusOf(Campaign campaign) {
        return campaign.statusAt(now());
    }

    /** Whether the campaign may be stopped now, by this server's clock (as {@link #stop} will judge it). */
    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public boolean mayBeStopped(Campaign campaign) {
        return campaign.mayBeStoppedAt(now());
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public CampaignResults results(String id) {
        var campaign = find(id);
        return CampaignResults.of(campaign, campaigns.participants(id), costPerPoint);
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public BigDecimal costPerPoint() {
        return costPerPoint;
    }

    /** Had the campaign run over the last 30 days: the points and customers, from the recorded accruals. */
    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public CampaignSimulation.Outcome simulate(String id) {
        var campaign = find(id);
        Instant now = now();
        var today = now.atZone(BankCalendar.ZONE).toLocalDate();
        var past = points.accrualFiguresBetween(now.minus(SIMULATION_PERIOD), now).stream()
                .map(a -> new CampaignSimulation.PastTransaction(a.customerId(), a.activity(), a.productCode(),
                        a.amount(), a.occurredAt(), a.rulePoints()))
                .toList();
        // the customers' audiences a thousand at a time (a few queries each), not one query per customer
        List<CustomerId> ids = past.stream().map(CampaignSimulation.PastTransaction::customerId).distinct()
                .map(CustomerId::new).toList();
        Map<String, CampaignSimulation.Audience> audiences = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            customers.findAll(ids.subList(from, Math.min(ids.size(), from + 1000))).values().stream()
                    .filter(c -> c.status() == CustomerStatus.ACTIVE && !c.isBlacklisted())
                    .forEach(c -> audiences.put(c.id().value(),
                            new CampaignSimulation.Audience(c.serviceLevelOn(today).level(), c.segments())));
        }
        return CampaignSimulation.simulate(campaign, past, customerId -> Optional.ofNullable(audiences.get(customerId)));
    }

    /** As the database keeps instants (microseconds): a stop cuts the window exactly where it is recorded. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Every change to a campaign starts here, so this server's running campaigns are read afresh. */
    private Campaign locked(String id) {
        var campaign = campaigns.lock(id).orElseThrow(() -> new UnknownCampaignException(id));
        campaigns.campaignsChanged();
        return campaign;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidRequestException("reason", "a reason of 1-500 characters is required");
        }
    }

}
