/**
 * The dashboard: today and this month at a glance, with charts drawn on the server.
 */
package io.jifen.ui.dashboard;
