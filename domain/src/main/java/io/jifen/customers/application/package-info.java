/**
 * Customer use cases: recording what core banking reports about a customer, and showing personal
 * data only as PersonalDataPolicy lets the viewer see it, with the look recorded.
 */
package io.jifen.customers.application;
