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

    @Test
    void a_workbook_is_streamed_row_by_row_and_reads_back_with_exact_money() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        TableFiles.writeXlsx(out, "orders", List.of("订单", "金额", "数量"), java.util.stream.Stream.of(
                List.<Object>of("PO-1", new java.math.BigDecimal("1159.275"), 3L),
                List.<Object>of("PO-2", new java.math.BigDecimal("0.10"), 12L)));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("orders");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("订单");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("1159.28");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(12.0);
        }
    }

    @Test
    void an_empty_export_is_a_header_row() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        TableFiles.writeCsv(out, List.of("a", "b"), java.util.stream.Stream.empty());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\n");
    }
}
