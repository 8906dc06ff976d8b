/**
 * The headless API partners and core banking call, under /api/v1 (api.md). Each feature package
 * below holds that feature's resources and how its answers look on the wire; the rules themselves
 * stay in the domain. Resources are application-scoped and hold nothing of a request: one
 * instance serves them all (a bean built per request cost a balance read about a third of its
 * throughput); what belongs to a request, such as the {@code Caller}, is a request-scoped bean
 * reached through its proxy.
 */
package io.jifen.api;
