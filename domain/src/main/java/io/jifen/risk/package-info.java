/**
 * Fraud and abuse alerts: rules that watch redemptions, deliveries and earnings as they happen,
 * the alerts they raise with their evidence, the life of an alert (open, investigating, closed as
 * fraud or not), and the hold a serious alert places on a customer's redemptions.
 */
package io.jifen.risk;
