/**
 * Redemption orders over HTTP: partners place, track and cancel their own orders and answer
 * substitute offers; codes and personal data appear only as the caller may see them.
 */
package io.jifen.api.orders;
