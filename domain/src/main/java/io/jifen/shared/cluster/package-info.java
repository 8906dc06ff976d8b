/**
 * The servers of one deployment: who is running now, from heartbeats in the shared database, so
 * limits meant for the whole deployment can be shared out between servers without a database
 * round trip per request.
 */
package io.jifen.shared.cluster;
