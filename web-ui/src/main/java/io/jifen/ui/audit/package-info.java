/**
 * The audit screen: every staff action, newest first, for auditors.
 */
package io.jifen.ui.audit;
