package io.jifen.audit;

import io.jifen.shared.integrity.HashChain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The audit log's one chain head, a single row. Each record is written holding this row's lock,
 * so records from every server link one after another, in the order they commit.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {
    public static final int THE_ONE = 1;

    @Id
    @Column(name = "id")
    private int id;
    @Column(name = "head", length = 64)
    private String head;

    protected AuditChainHead() {
    }

    public void advance(AuditEvent event) {
        event.chainAfter(head());
        head = event.hash();
    }

    public String head() {
        return head == null ? HashChain.GENESIS : head;
    }
}
