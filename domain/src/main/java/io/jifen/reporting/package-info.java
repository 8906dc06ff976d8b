/** Figures for the back office: points issued, redeemed and expired, the points liability, orders and stock at a glance. */
package io.jifen.reporting;
