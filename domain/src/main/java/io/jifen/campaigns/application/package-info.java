/**
 * Campaign and earning-rule use cases the API and the admin UI both call: drafting, four-eyes
 * approval and stopping campaigns, versioning earning rules, and awarding campaign bonuses and
 * trigger points once per customer per event.
 */
package io.jifen.campaigns.application;
