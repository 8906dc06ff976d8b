/** Finance's reports: the points liability. */
package io.jifen.api.reporting;
