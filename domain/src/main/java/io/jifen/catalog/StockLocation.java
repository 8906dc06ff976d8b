package io.jifen.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where stock is kept: the central warehouse or a branch (where customers also pick gifts up). */
@Entity
@Table(name = "stock_location")
public class StockLocation {
    public static final String CENTRAL = "CENTRAL";

    @Id
    @Column(name = "code", length = 32)
    private String code;
    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private LocationKind kind;
    @Column(name = "city", nullable = false, length = 100)
    private String city;
    @Column(name = "address", length = 300)
    private String address;

    protected StockLocation() {
    }

    public boolean isBranch() {
        return kind == LocationKind.BRANCH;
    }

    public String code() { return code; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public LocationKind kind() { return kind; }
    public String city() { return city; }
    public String address() { return address; }
}
