/** Receiving a file (streamed to disk, hashed, claimed once), starting, stopping and restarting its job, and reporting on it. */
package io.jifen.imports.application;
