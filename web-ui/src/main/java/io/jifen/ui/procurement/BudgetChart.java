package io.jifen.ui.procurement;

import com.vaadin.flow.component.Html;
import io.jifen.procurement.BudgetAmounts;
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
 * The budget as one stacked bar drawn on the server into SVG (as the dashboard draws its charts):
 * spent, committed, what is still available, and the reserve left. The chart plots doubles; the
 * figures beside it are the exact decimals.
 */
final class BudgetChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;

    private BudgetChart() {
    }

    static Html of(BudgetAmounts amounts, String spent, String committed, String available, String reserve) {
        var data = new DefaultCategoryDataset();
        String bar = "";
        data.addValue(amounts.spent(), spent, bar);
        data.addValue(amounts.committed(), committed, bar);
        data.addValue(amounts.available().max(BigDecimal.ZERO), available, bar);
        data.addValue(amounts.reserveLeft(), reserve, bar);
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "CNY", data, PlotOrientation.HORIZONTAL,
                true, false, false);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, new Color(0xd9822b));
        renderer.setSeriesPaint(1, new Color(0x1f6feb));
        renderer.setSeriesPaint(2, new Color(0x2da44e));
        renderer.setSeriesPaint(3, new Color(0x8c959f));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getPlot().setBackgroundPaint(new Color(0xf7f8fa));
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return new Html("<div class=\"jifen-chart\" id=\"budget-chart\">" + svg.getSVGElement() + "</div>");
    }
}
