package io.jifen.orders;

import io.jifen.catalog.Channel;

/** How the customer asked to receive the gift. */
public record Fulfilment(Channel channel, String branchCode, DeliveryAddress address) {
}
