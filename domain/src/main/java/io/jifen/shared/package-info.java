/**
 * What every feature shares and none owns: money as an exact amount, the refusal every broken
 * rule raises with its stable code, and the text rules ids and names obey.
 */
package io.jifen.shared;
