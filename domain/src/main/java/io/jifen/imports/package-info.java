/**
 * Nightly files from core banking: their formats (RFC 4180 CSV, comma or pipe, with a trailer that
 * carries the row count and a SHA-256 of the rows), the claim that imports each file once, and
 * the rules a row is read by: the same as the API's, so a transaction refused on one road is
 * refused on the other. The rows are applied by a Jakarta Batch job ({@code batch}) through the
 * same services as the API.
 */
package io.jifen.imports;
