package io.jifen.campaigns;

import io.jifen.shared.Message;
import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * What a campaign offers and to whom. Empty sets mean "any": any activity, product, star level or
 * segment. The multiplier applies to what the earning rules gave (2 = double points, the extra is
 * rounded down); a fixed bonus is added once per qualifying transaction.
 */
public record CampaignTerms(String name, String description, BonusKind kind, BigDecimal multiplier, Long fixedBonus,
                            Set<Activity> activities, Set<String> productCodes, Set<StarLevel> starLevels,
                            Set<String> segments, Instant startsAt, Instant endsAt, Long perCustomerCap, long budget,
                            int holdoutPercent) {
    public static final int DEFAULT_HOLDOUT_PERCENT = 10;
    private static final BigDecimal MAX_MULTIPLIER = new BigDecimal("10");
    /** The largest fixed bonus per qualifying transaction. */
    public static final long MAX_FIXED_BONUS = 1_000_000;
    /** The largest cap on what one customer may earn from a campaign. */
    public static final long MAX_PER_CUSTOMER_CAP = 1_000_000_000;
    /** The largest budget a campaign may be given. */
    public static final long MAX_BUDGET = 1_000_000_000_000L;

    public CampaignTerms {
        if (name == null || name.isBlank() || name.strip().length() > 64) {
            throw new InvalidRequestException("name", "a campaign has a name of at most 64 characters");
        }
        name = name.strip();
        if (kind == null) {
            throw new InvalidRequestException("kind", "MULTIPLIER or FIXED_BONUS");
        }
        if (fixedBonus != null && (fixedBonus <= 0 || fixedBonus > MAX_FIXED_BONUS)) {
            throw new InvalidRequestException("fixedBonus", Message.of("campaign.fixedBonusRange", String.valueOf(MAX_FIXED_BONUS)));
        }
        if (kind == BonusKind.MULTIPLIER) {
            if (multiplier == null || multiplier.compareTo(BigDecimal.ONE) <= 0 || multiplier.compareTo(MAX_MULTIPLIER) > 0
                    || multiplier.scale() > 3) {
                throw new InvalidRequestException("multiplier", "more than 1 and at most 10, up to 3 decimals");
            }
            fixedBonus = null;
        } else {
            if (fixedBonus == null || fixedBonus <= 0) {
                throw new InvalidRequestException("fixedBonus", "a fixed bonus is more than zero points");
            }
            multiplier = null;
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidRequestException("endsAt", "a campaign ends after it starts");
        }
        // as the database keeps them, so the window answered is the window stored
        startsAt = startsAt.truncatedTo(ChronoUnit.MICROS);
        endsAt = endsAt.truncatedTo(ChronoUnit.MICROS);
        if (perCustomerCap != null && (perCustomerCap <= 0 || perCustomerCap > MAX_PER_CUSTOMER_CAP)) {
            throw new InvalidRequestException("perCustomerCap", Message.of("campaign.capRange", String.valueOf(MAX_PER_CUSTOMER_CAP)));
        }
        if (budget <= 0 || budget > MAX_BUDGET) {
            throw new InvalidRequestException("budget", Message.of("campaign.budgetRange", String.valueOf(MAX_BUDGET)));
        }
        if (holdoutPercent < 0 || holdoutPercent > 50) {
            throw new InvalidRequestException("holdoutPercent", "between 0 and 50");
        }
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        productCodes = productCodes == null ? Set.of() : Set.copyOf(productCodes);
        starLevels = starLevels == null ? Set.of() : Set.copyOf(starLevels);
        segments = segments == null ? Set.of() : Set.copyOf(segments);
        if (productCodes.size() > 20 || segments.size() > 20) {
            throw new InvalidRequestException(productCodes.size() > 20 ? "productCodes" : "segments", "at most 20 codes");
        }
        for (String code : productCodes) {
            if (!code.matches("[A-Za-z0-9_-]{1,40}")) {
                throw new InvalidRequestException("productCodes", "codes are 1-40 letters, digits, _ or -");
            }
        }
        for (String code : segments) {
            if (!code.matches("[A-Z0-9_-]{1,40}")) {
                throw new InvalidRequestException("segments", "segment codes are 1-40 upper-case letters, digits, _ or -");
            }
        }
        if (description != null && description.length() > 500) {
            throw new InvalidRequestException("description", "at most 500 characters");
        }
    }
}
