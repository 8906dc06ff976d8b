package io.jifen.catalog;

import io.jifen.shared.Message;
import io.jifen.shared.InvalidRequestException;

public class DuplicateSkuException extends InvalidRequestException {
    public DuplicateSkuException(String sku) {
        super("sku", Message.of("duplicateSku", sku));
    }
}
