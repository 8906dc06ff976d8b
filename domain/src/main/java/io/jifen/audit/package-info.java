/** Who did what and when: every staff action, kept for auditors, never edited. */
package io.jifen.audit;
