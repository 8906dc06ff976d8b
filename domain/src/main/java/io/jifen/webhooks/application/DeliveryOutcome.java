package io.jifen.webhooks.application;

/** How an attempt went: the endpoint's status code (null when none came) and, when it failed, why. */
public record DeliveryOutcome(Integer status, String error) {
    public static DeliveryOutcome answered(int status) {
        return new DeliveryOutcome(status, status >= 200 && status < 300 ? null : "HTTP " + status);
    }

    public static DeliveryOutcome noAnswer(String error) {
        return new DeliveryOutcome(null, error);
    }

    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }
}
