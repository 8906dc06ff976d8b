/**
 * The registry screen: administrators register, edit and suspend partners and carriers; auditors
 * read.
 */
package io.jifen.ui.partners;
