/**
 * Who may call the API: JWT settings from the environment, development tokens for a development
 * server only, and rate limits per partner and per address.
 */
package io.jifen.api.security;
