package io.jifen.campaigns;

import java.math.BigDecimal;

/**
 * An eligible customer who transacted in a campaign's window, treated or held out, and their
 * activity there: the tally of their campaign transactions that were not reversed. The raw
 * material of the campaign's results.
 */
public record CampaignParticipant(String customerId, boolean heldOut, long transactions, BigDecimal amount,
                                  long pointsAwarded) {
}
