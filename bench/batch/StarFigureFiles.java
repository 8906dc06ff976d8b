import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a realistic monthly star-figures file (docs/batch-files.md) of any size, the same for the
 * same seed: one row per customer, six months of business per star-point component, spread as a
 * retail bank's are (most customers hold a few ten thousand yuan and spend on their card; fewer hold
 * wealth products, mortgages or loans; a long tail holds millions), so the levels land mostly at
 * quasi-star to five stars with a few six and seven. Ends with the trailer: the row count and the
 * SHA-256 of every byte before it.
 *
 *   java bench/batch/StarFigureFiles.java --customers 1000000 --seed 42 [--prefix FC-]
 *        [--period 2026-10-31] [--delimiter ,] [--bad 0] --out file.csv
 *
 * Customers are <prefix><6 digits>, from 000001, each once; bench/sql/batch-customers.sql makes them.
 */
public class StarFigureFiles {
    /** The components in the file's column order, each with the share of customers who have it and its median in yuan. */
    private static final String[] COMPONENTS = {"SHORT_TERM_ASSETS", "MEDIUM_LONG_TERM_ASSETS", "HOUSING_MORTGAGE",
            "OTHER_PERSONAL_LOANS", "CREDIT_CARD_OVERDRAFT", "INVESTMENT_TRANSACTIONS", "CARD_PURCHASES", "SETTLEMENT"};
    private static final double[] SHARE = {0.95, 0.35, 0.15, 0.10, 0.12, 0.20, 0.65, 0.30};
    private static final double[] MEDIAN = {20_000, 150_000, 600_000, 80_000, 8_000, 100_000, 30_000, 20_000};

    public static void main(String[] args) throws IOException {
        int customers = 1_000_000;
        long seed = 42;
        String prefix = "FC-";
        LocalDate period = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfMonth(1).minusDays(1);
        char delimiter = ',';
        double bad = 0;
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--customers" -> customers = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--prefix" -> prefix = value;
                case "--period" -> period = LocalDate.parse(value);
                case "--delimiter" -> delimiter = value.charAt(0);
                case "--bad" -> bad = Double.parseDouble(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required");
        }
        SplittableRandom random = new SplittableRandom(seed);
        MessageDigest digest = sha256();
        String d = String.valueOf(delimiter);
        long written = 0;
        try (OutputStream file = Files.newOutputStream(out);
             var hashed = new DigestOutputStream(new java.io.BufferedOutputStream(file, 1 << 20), digest);
             var text = new BufferedWriter(new OutputStreamWriter(hashed, StandardCharsets.UTF_8), 1 << 20)) {
            text.write("customerId" + d + "periodEnd" + d + String.join(d, COMPONENTS));
            text.write('\n');
            for (int n = 1; n <= customers; n++) {
                text.write(prefix + String.format(Locale.ROOT, "%06d", n));
                text.write(d);
                text.write(period.toString());
                // a customer's wealth scales all their figures together: the rich hold more of everything
                double wealth = Math.exp(random.nextGaussian() * 1.1);
                boolean broken = random.nextDouble() < bad;
                for (int c = 0; c < COMPONENTS.length; c++) {
                    text.write(d);
                    if (random.nextDouble() < SHARE[c]) {
                        double value = MEDIAN[c] * wealth * Math.exp(random.nextGaussian() * 0.6);
                        // a row core banking should not have sent: a negative figure
                        text.write(String.format(Locale.ROOT, "%.2f", broken && c == 0 ? -value : value));
                    }
                }
                text.write('\n');
                written++;
            }
            text.flush();
            String sum = HexFormat.of().formatHex(digest.digest());
            hashed.on(false);
            text.write("TRAILER" + d + written + d + sum + "\n");
        }
        System.out.println(out + ": " + written + " rows, " + Files.size(out) + " bytes");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
