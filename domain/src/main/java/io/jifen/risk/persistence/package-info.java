/** JPA storage of alerts and their rules' settings. */
package io.jifen.risk.persistence;
