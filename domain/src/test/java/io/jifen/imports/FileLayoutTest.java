package io.jifen.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLayoutTest {
    private static final String HEADER = String.join(",", TransactionFile.COLUMNS);
    private static final String ROW_1 = "ACCRUAL,T-1,C-1,DEPOSIT,,500.00,CNY,2026-11-29T10:00:00+08:00";
    private static final String ROW_2 = "REVERSAL,T-0,C-2,,,,,";

    @TempDir
    Path dir;

    @Test
    void a_file_that_keeps_its_trailers_promise_passes_with_its_row_count() throws IOException {
        var checked = TransactionFile.LAYOUT.check(file(withTrailer(HEADER + "\n" + ROW_1 + "\n" + ROW_2 + "\n", 2, ',')));

        assertThat(checked.rows()).isEqualTo(2);
        assertThat(checked.delimiter()).isEqualTo(',');
    }

    @Test
    void pipes_crlf_line_ends_and_a_byte_order_mark_are_read_alike() throws IOException {
        String body = "\uFEFF" + HEADER.replace(',', '|') + "\r\n" + ROW_1.replace(',', '|') + "\r\n";
        Path file = file(withTrailer(body, 1, '|'));

        var checked = TransactionFile.LAYOUT.check(file);

        assertThat(checked.delimiter()).isEqualTo('|');
        assertThat(records(file, checked)).singleElement().satisfies(r -> assertThat(r.get("sourceTxnId")).isEqualTo("T-1"));
    }

    @Test
    void a_quoted_field_may_hold_the_separator_and_a_line_break() throws IOException {
        String row = "ACCRUAL,T-9,C-1,DEPOSIT,\"A,\nB\",1.00,CNY,2026-11-29T10:00:00Z";
        Path file = file(withTrailer(HEADER + "\n" + row + "\n", 1, ','));

        var checked = TransactionFile.LAYOUT.check(file);

        assertThat(records(file, checked)).singleElement().satisfies(r -> assertThat(r.get("productCode")).isEqualTo("A,\nB"));
    }

    @Test
    void a_file_cut_short_has_no_trailer_and_is_refused() throws IOException {
        String whole = withTrailer(HEADER + "\n" + ROW_1 + "\n" + ROW_2 + "\n", 2, ',');
        Path file = file(whole.substring(0, whole.indexOf("REVERSAL") + 5));

        assertThatThrownBy(() -> TransactionFile.LAYOUT.check(file)).isInstanceOf(BadFileException.class)
                .hasMessageContaining("trailer");
    }

    @Test
    void a_row_changed_after_the_trailer_was_written_fails_the_checksum() throws IOException {
        String whole = withTrailer(HEADER + "\n" + ROW_1 + "\n", 1, ',');
        Path file = file(whole.replace("500.00", "900.00"));

        assertThatThrownBy(() -> TransactionFile.LAYOUT.check(file)).isInstanceOf(BadFileException.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void a_row_count_that_does_not_match_the_trailer_is_refused() throws IOException {
        Path file = file(withTrailer(HEADER + "\n" + ROW_1 + "\n", 2, ','));

        assertThatThrownBy(() -> TransactionFile.LAYOUT.check(file)).isInstanceOf(BadFileException.class)
                .hasMessageContaining("1 rows, its trailer says 2");
    }

    @Test
    void wrong_columns_are_refused_with_both_headers() throws IOException {
        Path file = file(withTrailer("type,sourceTxnId,customerId,amount\n" + "ACCRUAL,T-1,C-1,1.00\n", 1, ','));

        assertThatThrownBy(() -> TransactionFile.LAYOUT.check(file)).isInstanceOf(BadFileException.class)
                .hasMessageContaining("the header is type,sourceTxnId,customerId,amount");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() throws IOException {
        byte[] gbk = (HEADER + "\n" + ROW_1.replace("C-1", "客户") + "\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] trailer = ("TRAILER,1," + sha256(gbk) + "\n").getBytes(StandardCharsets.US_ASCII);
        Path file = dir.resolve("gbk.csv");
        Files.write(file, concat(gbk, trailer));

        assertThatThrownBy(() -> TransactionFile.LAYOUT.check(file)).isInstanceOf(BadFileException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void the_sample_files_in_the_docs_keep_their_trailers_promise() {
        assertThat(TransactionFile.LAYOUT.check(Path.of("../docs/samples/transactions-sample.csv")).rows()).isEqualTo(8);
        assertThat(StarFigureFile.LAYOUT.check(Path.of("../docs/samples/star-figures-sample.csv")).rows()).isEqualTo(7);
        assertThat(CustomerFile.LAYOUT.check(Path.of("../docs/samples/customers-sample.csv")).rows()).isEqualTo(4);
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        assertThatThrownBy(() -> TransactionFile.LAYOUT.check(file(""))).isInstanceOf(BadFileException.class)
                .hasMessageContaining("empty");
    }

    /** The body, then its trailer: the row count and the SHA-256 of every byte before it. */
    static String withTrailer(String body, long rows, char delimiter) {
        return body + "TRAILER" + delimiter + rows + delimiter + sha256(body.getBytes(StandardCharsets.UTF_8)) + "\n";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private Path file(String content) throws IOException {
        Path file = Files.createTempFile(dir, "file", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<CSVRecord> records(Path file, FileLayout.Checked checked) throws IOException {
        try (var parser = TransactionFile.LAYOUT.open(file, checked.delimiter(), checked.trailerOffset())) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
