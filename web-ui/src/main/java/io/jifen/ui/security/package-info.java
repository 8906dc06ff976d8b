/**
 * Staff sign-in and what each role may open: every navigation is checked, and every request acts
 * as the signed-in staff member so the services' role checks apply to the UI as to the API.
 */
package io.jifen.ui.security;
