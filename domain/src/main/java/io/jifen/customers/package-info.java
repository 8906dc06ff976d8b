/**
 * Customers as core banking reports them: master data, risk and credit standing, product
 * holdings, and the two star levels (contribution, from six months of business; service, what
 * benefits follow). Owns the star-level rules of domain.md.
 */
package io.jifen.customers;
