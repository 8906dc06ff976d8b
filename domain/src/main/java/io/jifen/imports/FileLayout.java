package io.jifen.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How every import file is laid out (docs/batch-files.md): UTF-8 (a byte-order mark is allowed),
 * RFC 4180 records separated by ',' or '|' (the header's first separator decides), a header row
 * naming the kind's columns in order, then the rows, then one trailer line
 * {@code TRAILER<sep><rows><sep><sha256>}: how many rows there are and the SHA-256 (hex) of every
 * byte before the trailer line. A file that does not match its trailer is refused whole: it was
 * cut short, or is not the file core banking closed the day with.
 */
public final class FileLayout {
    public static final String TRAILER = "TRAILER";
    private static final int MAX_TRAILER = 512;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final List<String> columns;

    public FileLayout(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<String> columns() {
        return columns;
    }

    /** What the trailer promised, once the file has been found to keep the promise. */
    public record Checked(char delimiter, long rows, long trailerOffset) {
    }

    /**
     * Reads the whole file once for its checksum and once for its records: the encoding, the
     * header, the trailer's count and checksum. Refuses with what is wrong and where.
     */
    public Checked check(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new BadFileException("the file is empty");
            }
            long trailerOffset = lastLineOffset(file, size);
            String trailerLine = strictUtf8(readRange(file, trailerOffset, size - trailerOffset)).strip();
            char delimiter = delimiterOf(file);
            String[] trailer = trailerLine.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
            if (trailer.length != 3 || !trailer[0].equals(TRAILER)) {
                throw new BadFileException("the last line is not a trailer " + TRAILER + delimiter + "<rows>" + delimiter
                        + "<sha256>: the file may have been cut short");
            }
            long promisedRows;
            try {
                promisedRows = Long.parseLong(trailer[1]);
            } catch (NumberFormatException e) {
                throw new BadFileException("the trailer's row count is not a number");
            }
            String checksum = sha256(file, trailerOffset);
            if (!checksum.equalsIgnoreCase(trailer[2])) {
                throw new BadFileException("the rows' SHA-256 is " + checksum + ", the trailer says " + trailer[2]
                        + ": the file was changed or cut short");
            }
            long rows = countRows(file, delimiter, trailerOffset);
            if (rows != promisedRows) {
                throw new BadFileException("the file has " + rows + " rows, its trailer says " + promisedRows);
            }
            return new Checked(delimiter, rows, trailerOffset);
        } catch (CharacterCodingException e) {
            throw new BadFileException("the file is not UTF-8");
        } catch (IOException e) {
            throw new BadFileException("the file cannot be read: " + e.getMessage());
        }
    }

    /** Where an already checked file's rows end, and how they are separated: for a job going on with it. */
    public Checked locate(Path file) {
        try {
            return new Checked(delimiterOf(file), -1, lastLineOffset(file, Files.size(file)));
        } catch (IOException e) {
            throw new BadFileException("the file cannot be read: " + e.getMessage());
        }
    }

    /** The file's rows, from the first after the header up to the trailer; each record numbered from 1. */
    public CSVParser open(Path file, char delimiter, long trailerOffset) throws IOException {
        InputStream bytes = new BoundedInput(Files.newInputStream(file), trailerOffset);
        Reader text = new BufferedReader(new InputStreamReader(skipBom(bytes), decoder()), 1 << 16);
        CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .get().parse(text);
        List<String> header = parser.getHeaderNames();
        if (!header.equals(columns)) {
            parser.close();
            throw new BadFileException("the header is " + String.join(String.valueOf(delimiter), header)
                    + "; a file of this kind has " + String.join(String.valueOf(delimiter), columns));
        }
        return parser;
    }

    private long countRows(Path file, char delimiter, long trailerOffset) throws IOException {
        try (CSVParser parser = open(file, delimiter, trailerOffset)) {
            long rows = 0;
            for (CSVRecord ignored : parser) {
                rows++;
            }
            return rows;
        } catch (java.io.UncheckedIOException e) {
            throw new BadFileException(describe(e.getCause()));
        } catch (IllegalStateException e) {
            throw new BadFileException("the file is not valid CSV: " + e.getMessage());
        }
    }

    private static String describe(IOException e) {
        return e instanceof CharacterCodingException ? "the file is not UTF-8" : "the file is not valid CSV: " + e.getMessage();
    }

    private static char delimiterOf(Path file) throws IOException {
        try (var in = skipBom(Files.newInputStream(file))) {
            byte[] start = in.readNBytes(4096);
            for (byte b : start) {
                if (b == ',' || b == '|') {
                    return (char) b;
                }
                if (b == '\n') {
                    break;
                }
            }
        }
        throw new BadFileException("the header names no columns separated by ',' or '|'");
    }

    /** Where the last non-empty line begins. */
    private static long lastLineOffset(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long end = size;
            while (end > 0) {
                raf.seek(end - 1);
                int b = raf.read();
                if (b != '\n' && b != '\r') {
                    break;
                }
                end--;
            }
            long start = end;
            while (start > 0 && end - start < MAX_TRAILER) {
                raf.seek(start - 1);
                if (raf.read() == '\n') {
                    return start;
                }
                start--;
            }
            throw new BadFileException("the file has no trailer line: it may have been cut short");
        }
    }

    private static byte[] readRange(Path file, long offset, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) length];
            raf.seek(offset);
            raf.readFully(bytes);
            return bytes;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadFileException("the file is not UTF-8");
        }
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** SHA-256 (hex) of a file's first {@code length} bytes. */
    static String sha256(Path file, long length) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(new BoundedInput(Files.newInputStream(file), length), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        var buffered = new java.io.BufferedInputStream(in, 1 << 16);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (!java.util.Arrays.equals(start, BOM)) {
            buffered.reset();
        }
        return buffered;
    }

    /** The first {@code limit} bytes of a stream. */
    private static final class BoundedInput extends java.io.FilterInputStream {
        private long left;

        BoundedInput(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
