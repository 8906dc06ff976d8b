package io.jifen.ui.procurement;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.jifen.procurement.BudgetAmounts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The budget as one bar of four labelled parts: spent, committed, what is still available and the
 * reserve left, each as wide as its share of the allocation and named, with its amount, in the
 * legend under it. Plain HTML: the browser lays out the Chinese, and the widths are exact decimals.
 */
final class BudgetChart {
    private BudgetChart() {
    }

    record Part(String key, String label, BigDecimal amount) {
    }

    static Div of(BudgetAmounts amounts, List<String> labels) {
        var parts = List.of(new Part("spent", labels.get(0), amounts.spent()),
                new Part("committed", labels.get(1), amounts.committed()),
                new Part("available", labels.get(2), amounts.available().max(BigDecimal.ZERO)),
                new Part("reserve", labels.get(3), amounts.reserveLeft().max(BigDecimal.ZERO)));
        BigDecimal whole = parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var bar = new Div();
        bar.addClassName("jifen-budget-bar");
        var legend = new Div();
        legend.addClassName("jifen-budget-legend");
        for (Part part : parts) {
            if (whole.signum() > 0 && part.amount().signum() > 0) {
                var segment = new Div();
                segment.addClassNames("jifen-budget-part", "jifen-budget-" + part.key());
                segment.getStyle().set("width", part.amount().multiply(BigDecimal.valueOf(100))
                        .divide(whole, MathContext.DECIMAL64).toPlainString() + "%");
                segment.getElement().setAttribute("title", part.label() + " " + Format.yuan(part.amount()));
                bar.add(segment);
            }
            var swatch = new Span();
            swatch.addClassNames("jifen-budget-swatch", "jifen-budget-" + part.key());
            var item = new Span(swatch, new Span(part.label() + " " + Format.yuan(part.amount())));
            item.addClassName("jifen-budget-legend-item");
            legend.add(item);
        }
        var chart = new Div(bar, legend);
        chart.setId("budget-chart");
        chart.addClassName("jifen-budget-chart");
        return chart;
    }
}
