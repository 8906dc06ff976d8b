package io.jifen.imports.batch;

import io.jifen.customers.application.StarFigureReports;
import io.jifen.imports.ImportReject;
import io.jifen.imports.StarFigureRow;
import io.jifen.imports.UnreadableRow;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Rates a chunk of a star-figures file's customers at once (read and written in a few statements)
 * and tallies how their service levels moved, for the file's report. Taking a report again gives
 * the same figures and levels, so a chunk done again after a crash changes nothing more.
 */
@Dependent
@Named("starFigureWriter")
public class StarFigureWriter extends ImportWriter {
    @Inject
    StarFigureReports reports;

    @Override
    ChunkOutcome apply(List<Object> items) {
        var outcome = new ChunkOutcome();
        List<StarFigureRow> rows = new ArrayList<>();
        for (Object item : items) {
            switch (item) {
                case StarFigureRow row -> rows.add(row);
                case UnreadableRow bad -> outcome.reject(new ImportReject(fileId(), bad.line(), bad.customerKey(), bad.field(), bad.reason()));
                default -> throw new IllegalStateException("not a row of a star-figures file: " + item);
            }
        }
        var answers = reports.report(rows.stream().map(StarFigureRow::report).toList());
        for (int i = 0; i < answers.size(); i++) {
            switch (answers.get(i)) {
                case StarFigureReports.Rated rated -> outcome.rated(rated.before(), rated.after());
                case StarFigureReports.Refused refused -> outcome.reject(new ImportReject(fileId(), rows.get(i).line(),
                        refused.customerId().value(), refused.field(), refused.reason()));
            }
        }
        return outcome;
    }
}
