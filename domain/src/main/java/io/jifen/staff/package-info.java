/** Bank staff who sign in to the admin UI: their roles, hashed passwords, and lock-out after failures. */
package io.jifen.staff;
