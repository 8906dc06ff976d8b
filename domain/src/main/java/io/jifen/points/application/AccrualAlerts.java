package io.jifen.points.application;

import io.jifen.audit.application.AuditLog;
import io.jifen.points.AccrualRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Tells staff about accruals refused over the limits. The refused accrual rolls back, so the
 * alert is written in a transaction of its own: it lands in the audit trail (action
 * ALERT_ACCRUAL_OVER_LIMIT, searchable by auditors and admins) and the server log.
 */
@ApplicationScoped
public class AccrualAlerts {
    private static final Logger LOG = Logger.getLogger(AccrualAlerts.class.getName());

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void overLimit(AccrualRequest request, String why) {
        LOG.warning(() -> "accrual refused over the limit: customer " + request.customerId() + ", " + why);
        audit.record("ALERT_ACCRUAL_OVER_LIMIT", "customer:" + request.customerId(),
                request.activity() + " " + request.amount().toPlainString() + " " + request.currency() + ": " + why);
    }
}
