package io.jifen.ui.shared;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * What makes a server-drawn chart read well, for every chart of the back office: a value axis
 * with whole numbers grouped as the reader's locale groups them (10,000, never 1E4) that starts
 * at zero and never spans less than one unit, and a category axis that labels only every n-th
 * category when there are more than fit (a month of days shows about eight dates).
 */
public final class ChartStyle {
    /** Category labels a chart of ordinary width shows before it thins them. */
    static final int MOST_LABELS = 8;

    private ChartStyle() {
    }

    public static void readable(CategoryPlot plot, Locale locale) {
        if (plot.getRangeAxis() instanceof NumberAxis values) {
            values.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
            values.setAutoRangeIncludesZero(true);
            values.setAutoRangeMinimumSize(1.0);
        }
        CategoryDataset data = plot.getDataset();
        int categories = data == null ? 0 : data.getColumnCount();
        if (categories > MOST_LABELS) {
            var thinned = new ThinnedCategoryAxis((categories + MOST_LABELS - 1) / MOST_LABELS);
            thinned.setLabel(plot.getDomainAxis().getLabel());
            thinned.setCategoryLabelPositions(plot.getDomainAxis().getCategoryLabelPositions());
            plot.setDomainAxis(thinned);
        }
    }

    /** Whether a chart has anything to draw: all zero (a campaign not started) draws an empty state instead. */
    public static boolean hasData(BigDecimal... values) {
        for (BigDecimal value : values) {
            if (value != null && value.signum() != 0) {
                return true;
            }
        }
        return false;
    }

    /** A category axis that keeps every n-th label (and the last), leaving the others blank. */
    static final class ThinnedCategoryAxis extends CategoryAxis {
        private final int every;

        ThinnedCategoryAxis(int every) {
            this.every = every;
        }

        @Override
        public List<Tick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List<Tick> all = super.refreshTicks(g2, state, dataArea, edge);
            List<Tick> kept = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                CategoryTick tick = (CategoryTick) all.get(i);
                boolean shown = i % every == 0 || i == all.size() - 1;
                kept.add(shown ? tick : new CategoryTick(tick.getCategory(), new TextBlock(), tick.getLabelAnchor(),
                        tick.getRotationAnchor(), tick.getAngle()));
            }
            return kept;
        }
    }
}
