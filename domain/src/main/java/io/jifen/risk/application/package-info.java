/** Raising, working and configuring alerts; the watch that evaluates the rules where things happen. */
package io.jifen.risk.application;
