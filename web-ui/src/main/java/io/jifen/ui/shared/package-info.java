/**
 * The frame every back-office view shares: the servlet, the layout and menu, notifications, the
 * services views reach, and Chinese first with English on request.
 */
package io.jifen.ui.shared;
