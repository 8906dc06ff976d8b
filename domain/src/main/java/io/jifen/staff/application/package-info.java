/**
 * Staff user use cases: creating the users who sign in to the admin UI, checking their passwords,
 * and locking an account after repeated failures.
 */
package io.jifen.staff.application;
