package io.jifen.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFilesTest {
    @Test
    void text_a_spreadsheet_would_run_as_a_formula_stays_text() {
        assertThat(TableFiles.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(TableFiles.inert("+1")).startsWith("'");
        assertThat(TableFiles.inert("@SUM(A1)")).startsWith("'");
        assertThat(TableFiles.inert("li.wei")).isEqualTo("li.wei");
        assertThat(TableFiles.inert("")).isEmpty();
    }

    @Test
    void numbers_are_written_as_they_are() {
        String csv = new String(TableFiles.csv(List.of("actor", "points"), List.of(List.of("-1 OR 1=1", -50L))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("'-1 OR 1=1,-50");
    }
}
