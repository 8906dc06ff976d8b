/**
 * Marketing's back office over HTTP: bonus-points campaigns, earning rules and triggers, answered
 * as marketing reads them.
 */
package io.jifen.api.campaigns;
