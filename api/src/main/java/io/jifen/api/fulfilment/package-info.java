/**
 * Fulfilment over HTTP: the back office's board and steps, and carriers reporting their
 * shipments, each carrier event applied once.
 */
package io.jifen.api.fulfilment;
