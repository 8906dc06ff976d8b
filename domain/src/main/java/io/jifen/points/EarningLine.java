package io.jifen.points;

import io.jifen.shared.Points;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of an accrual's breakdown: the rule (or campaign) and what it earned. */
@Embeddable
public class EarningLine {
    public enum Kind { RULE, CAMPAIGN }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;
    @Column(name = "name", nullable = false, length = 64)
    private String name;
    @Column(name = "points", nullable = false)
    private long points;

    protected EarningLine() {
    }

    public EarningLine(Kind kind, String name, long points) {
        this.kind = kind;
        this.name = name;
        this.points = points;
    }

    public static EarningLine rule(String name, long points) {
        return new EarningLine(Kind.RULE, name, points);
    }

    public static EarningLine campaign(String name, long points) {
        return new EarningLine(Kind.CAMPAIGN, name, points);
    }

    public Kind kind() { return kind; }
    public String name() { return name; }
    public Points points() { return Points.of(points); }
}
