/**
 * Demo customers, points, gifts and campaigns for a demonstration server, loaded through the same
 * application services as the API so the demo obeys every rule.
 */
package io.jifen.demo;
