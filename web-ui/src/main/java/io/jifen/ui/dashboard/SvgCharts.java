package io.jifen.ui.dashboard;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import io.jifen.ui.shared.ChartStyle;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Charts drawn on the server by JFreeChart into SVG (JFreeSVG) and sent as markup: no frontend
 * build, no browser library, no commercial licence, and the browser renders the text, so Chinese
 * labels use the browser's fonts.
 */
final class SvgCharts {
    private static final Color ISSUED = new Color(0x1f6feb);
    private static final Color REDEEMED = new Color(0xd9822b);
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;

    private SvgCharts() {
    }

    static Html lineChart(String title, String valueAxis, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createLineChart(title, null, valueAxis, data, PlotOrientation.VERTICAL,
                true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ChartStyle.readable(plot, UI.getCurrent().getLocale());
        plot.getRenderer().setSeriesPaint(0, ISSUED);
        plot.getRenderer().setSeriesPaint(1, REDEEMED);
        return render(chart);
    }

    static Html barChart(String title, String valueAxis, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, REDEEMED);
        ChartStyle.readable(chart.getCategoryPlot(), UI.getCurrent().getLocale());
        return render(chart);
    }

    private static Html render(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getPlot().setBackgroundPaint(new Color(0xf7f8fa));
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return new Html("<div class=\"jifen-chart\">" + svg.getSVGElement() + "</div>");
    }
}
