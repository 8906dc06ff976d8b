/**
 * Staff users over HTTP: administrators create those who sign in to the admin UI.
 */
package io.jifen.api.staff;
