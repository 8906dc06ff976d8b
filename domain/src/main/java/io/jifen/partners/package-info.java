/**
 * Who may call as a storefront or a carrier: the registered partners (with their status, which
 * customers they may see and their rate limits) and carriers, and the customers core banking
 * linked to a LINKED partner with the customer's consent. A token only names a partner or a
 * carrier; this registry decides whether that name is one the bank let in, and what it may see.
 */
package io.jifen.partners;
