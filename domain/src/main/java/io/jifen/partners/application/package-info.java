/**
 * Partner use cases: registering, changing and suspending storefronts and carriers, linking
 * customers who consented, and the registry every server reads so a suspension takes effect
 * everywhere within seconds.
 */
package io.jifen.partners.application;
