/** Risk and control screens: the queue of adjustments waiting for a second person. */
package io.jifen.ui.risk;
