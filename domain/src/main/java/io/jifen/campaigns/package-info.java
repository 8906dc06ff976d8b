/**
 * Marketing: bonus-points campaigns (four eyes, a budget that is never exceeded, an A/B hold-out,
 * results and simulation), customer triggers that award once per event, and the management of
 * earning rules.
 */
package io.jifen.campaigns;
