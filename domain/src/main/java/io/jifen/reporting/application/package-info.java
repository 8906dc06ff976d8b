/**
 * The dashboard's figures, read straight from the database for today and this month; reporting
 * only reads, it changes nothing.
 */
package io.jifen.reporting.application;
