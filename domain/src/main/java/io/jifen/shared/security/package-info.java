/**
 * Who is acting and what they may do: the one catalogue of roles, the role check every
 * application service makes whoever calls it (the API or the admin UI), and staff identities
 * compared in one spelling so the four-eyes rules cannot be dodged.
 */
package io.jifen.shared.security;
