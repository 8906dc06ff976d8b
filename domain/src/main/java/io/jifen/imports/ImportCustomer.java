package io.jifen.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A customer some rows of a file touched (the table holds no key: a chunk done twice writes its customers twice). */
@Entity
@Table(name = "import_customer")
@IdClass(ImportCustomer.Key.class)
public class ImportCustomer {
    @Id
    @Column(name = "file_id", length = 40)
    private String fileId;
    @Id
    @Column(name = "customer_id", length = 64)
    private String customerId;

    protected ImportCustomer() {
    }

    public ImportCustomer(String fileId, String customerId) {
        this.fileId = fileId;
        this.customerId = customerId;
    }

    public record Key(String fileId, String customerId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
