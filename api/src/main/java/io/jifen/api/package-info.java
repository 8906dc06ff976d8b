/**
 * The headless API partners and core banking call, under /api/v1 (api.md). Each feature package
 * below holds that feature's resources and how its answers look on the wire; the rules themselves
 * stay in the domain.
 */
package io.jifen.api;
