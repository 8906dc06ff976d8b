/**
 * Marketing's screens: campaigns from draft to results, earning rules and their versions, and
 * triggers with whom they awarded.
 */
package io.jifen.ui.campaigns;
