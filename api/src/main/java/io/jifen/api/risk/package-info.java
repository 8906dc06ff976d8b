/** Risk staff's API: the alert board and the rules' settings. */
package io.jifen.api.risk;
