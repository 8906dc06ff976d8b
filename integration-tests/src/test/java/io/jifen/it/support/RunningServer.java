package io.jifen.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one server for the whole test run (it is slow to start, and the tests create their own
 * data under fresh ids, so they do not need an empty database each) and stops it at the end.
 * Test classes receive an {@link Api} on it.
 */
public class RunningServer implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    private static JifenServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(JifenServer.class, key -> {
                    try {
                        var started = JifenServer.start();
                        relaxTheBurstRule(new Api(started.baseUri()));
                        return started;
                    } catch (Exception e) {
                        throw new IllegalStateException("could not start the server under test", e);
                    }
                }, JifenServer.class);
    }

    /**
     * Many suites place dozens of orders for one customer in seconds: the redemption-burst rule
     * still watches (it raises its alert) but holds nobody, except in RiskAlertsIT, which sets it
     * back to the defaults while it runs.
     */
    public static void relaxTheBurstRule(Api api) {
        var answer = api.put("/api/v1/admin/risk/rules/REDEMPTION_BURST", api.token("risk"), """
                {"enabled": true, "severity": "HIGH", "threshold": 20, "windowMinutes": 10, "placesHold": false}""");
        if (answer.status() != 200) {
            throw new IllegalStateException("could not set the burst rule: " + answer);
        }
    }

    /** The API of the one server, for other extensions that need it before a test runs (the browser). */
    public static Api api(ExtensionContext context) {
        return new Api(server(context).baseUri());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Api.class || parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == TestDatabase.class) {
            return server(context).database();
        }
        return api(context);
    }
}
