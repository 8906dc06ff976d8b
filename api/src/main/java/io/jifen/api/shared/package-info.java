/**
 * What every resource shares: the one JSON reading policy, paging, request ids, the caller, and
 * problem+json answers that turn a refused rule into its HTTP status.
 */
package io.jifen.api.shared;
