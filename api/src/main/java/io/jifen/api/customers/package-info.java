/**
 * Customers over HTTP: what core banking reports about them, and staff look-ups with personal
 * data shown only as PersonalDataPolicy allows.
 */
package io.jifen.api.customers;
