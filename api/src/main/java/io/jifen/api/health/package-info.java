/**
 * Liveness and readiness for the platform that runs the server: ready only once the database
 * answers with the schema this build expects.
 */
package io.jifen.api.health;
