package io.jifen.ui.campaigns;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import io.jifen.ui.shared.ChartStyle;
import io.jifen.campaigns.CampaignResults;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Treated customers against the held-out group, drawn on the server into SVG as the dashboard and
 * the budget draw theirs: transactions per customer and amount per customer, each its own chart
 * since the two are on different scales. The figures beside it are the exact decimals.
 */
final class CampaignChart {
    private static final Color TREATED = new Color(0x1f6feb);
    private static final Color HELD_OUT = new Color(0x8c959f);
    private static final int WIDTH = 360;
    private static final int HEIGHT = 260;

    private CampaignChart() {
    }

    /** Labels: treated, held out, the transactions chart's title, the amount chart's title. */
    static Html of(CampaignResults results, String treated, String heldOut, String transactionsTitle,
                   String amountTitle) {
        if (!ChartStyle.hasData(results.treated().transactionsPerCustomer(), results.control().transactionsPerCustomer(),
                results.treated().amountPerCustomer(), results.control().amountPerCustomer())) {
            // nothing to compare yet (a campaign not started): say so instead of drawing empty axes
            return new Html("<div class=\"jifen-chart-empty\" id=\"campaign-results-chart\">"
                    + UI.getCurrent().getTranslation("marketing.results.noData")
                    + "</div>");
        }
        String transactions = chart(transactionsTitle, null, treated, heldOut,
                results.treated().transactionsPerCustomer(), results.control().transactionsPerCustomer());
        String amount = chart(amountTitle, "CNY", treated, heldOut, results.treated().amountPerCustomer(),
                results.control().amountPerCustomer());
        return new Html("<div class=\"jifen-chart\" id=\"campaign-results-chart\" style=\"display:flex;flex-wrap:wrap;"
                + "gap:var(--lumo-space-m)\">" + transactions + amount + "</div>");
    }

    private static String chart(String title, String valueAxis, String treated, String heldOut, BigDecimal treatedValue,
                                BigDecimal heldOutValue) {
        var data = new DefaultCategoryDataset();
        data.addValue(treatedValue, treated, "");
        data.addValue(heldOutValue, heldOut, "");
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL, true,
                false, false);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, TREATED);
        renderer.setSeriesPaint(1, HELD_OUT);
        renderer.setItemMargin(0.1);
        ChartStyle.readable(chart.getCategoryPlot(), UI.getCurrent().getLocale());
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getPlot().setBackgroundPaint(new Color(0xf7f8fa));
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return svg.getSVGElement();
    }
}
