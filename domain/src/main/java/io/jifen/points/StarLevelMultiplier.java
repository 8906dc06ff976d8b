package io.jifen.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much more a star level earns on rules that take the tier bonus (1.00 = no bonus). */
@Entity
@Table(name = "star_level_multiplier")
public class StarLevelMultiplier {
    @Id
    @Column(name = "star_level")
    private int starLevel;
    @Column(name = "multiplier", nullable = false, precision = 6, scale = 3)
    private BigDecimal multiplier;

    protected StarLevelMultiplier() {
    }

    public int starLevel() { return starLevel; }
    public BigDecimal multiplier() { return multiplier; }
}
