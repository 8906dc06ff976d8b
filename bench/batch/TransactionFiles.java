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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Writes a realistic transactions file (docs/batch-files.md) of any size, the same for the same
 * seed: a day of core banking's business over a set of customers, mostly card spend and deposits,
 * amounts spread as banks' are (many small, a few large), a share of reversals of the day's own
 * transactions (each after its accrual, for the same customer), and optionally a share of bad
 * rows. Ends with the trailer: the row count and the SHA-256 of every byte before it.
 *
 *   java bench/batch/TransactionFiles.java --rows 1000000 --customers 200000 --seed 42 \
 *        [--prefix FC-] [--day 2026-11-29] [--delimiter ,] [--reversals 0.005] [--bad 0] --out file.csv
 *
 * Customers are <prefix><6 digits>, from 000001; bench/sql/batch-customers.sql makes them.
 */
public class TransactionFiles {
    private static final String[] ACTIVITIES = {"CARD_SPEND", "DEPOSIT", "TIME_DEPOSIT", "WEALTH_PRODUCT", "FUND",
            "LOAN", "INSURANCE", "SETTLEMENT"};
    private static final double[] WEIGHTS = {0.55, 0.2, 0.08, 0.05, 0.04, 0.03, 0.03, 0.02};
    private static final ZoneId BANK = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws IOException {
        long rows = 1_000_000;
        int customers = 200_000;
        long seed = 42;
        String prefix = "FC-";
        LocalDate day = LocalDate.now(BANK).minusDays(1);
        char delimiter = ',';
        double reversals = 0.005;
        double bad = 0;
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(value);
                case "--customers" -> customers = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--prefix" -> prefix = value;
                case "--day" -> day = LocalDate.parse(value);
                case "--delimiter" -> delimiter = value.charAt(0);
                case "--reversals" -> reversals = Double.parseDouble(value);
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
        String txnPrefix = "CB-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        ZonedDateTime dayStart = day.atStartOfDay(BANK);
        Deque<String[]> reversible = new ArrayDeque<>();
        long written = 0;
        try (OutputStream file = Files.newOutputStream(out);
             var hashed = new DigestOutputStream(new java.io.BufferedOutputStream(file, 1 << 20), digest);
             var text = new BufferedWriter(new OutputStreamWriter(hashed, StandardCharsets.UTF_8), 1 << 20)) {
            text.write(String.join(d, "type", "sourceTxnId", "customerId", "activity", "productCode", "amount", "currency",
                    "occurredAt"));
            text.write('\n');
            for (long n = 1; n <= rows; n++) {
                String customer = prefix + String.format(java.util.Locale.ROOT, "%06d", 1 + random.nextInt(customers));
                if (!reversible.isEmpty() && random.nextDouble() < reversals) {
                    String[] earlier = reversible.pollFirst();
                    text.write(String.join(d, "REVERSAL", earlier[0], earlier[1], "", "", "", "", ""));
                } else if (random.nextDouble() < bad) {
                    // a row core banking should not have sent: a negative amount
                    text.write(String.join(d, "ACCRUAL", txnPrefix + n, customer, "DEPOSIT", "", "-1.00", "CNY",
                            dayStart.plusSeconds(random.nextInt(86_400)).toOffsetDateTime().toString()));
                } else {
                    String activity = activity(random);
                    String txn = txnPrefix + n;
                    text.write(String.join(d, "ACCRUAL", txn, customer, activity, "", amount(random, activity), "CNY",
                            dayStart.plusSeconds(random.nextInt(86_400)).toOffsetDateTime().toString()));
                    if (reversible.size() < 10_000 && random.nextDouble() < reversals * 2) {
                        reversible.addLast(new String[] {txn, customer});
                    }
                }
                text.write('\n');
                written++;
            }
            text.flush();
            String sum = HexFormat.of().formatHex(digest.digest());
            // the trailer is not part of its own checksum: written past the digest
            hashed.on(false);
            text.write("TRAILER" + d + written + d + sum + "\n");
        }
        System.out.println(out + ": " + written + " rows, " + Files.size(out) + " bytes");
    }

    private static String activity(SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < ACTIVITIES.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return ACTIVITIES[i];
            }
        }
        return ACTIVITIES[0];
    }

    /** Many small, a few large: card spend in hundreds, deposits and wealth products in tens of thousands. */
    private static String amount(SplittableRandom random, String activity) {
        double scale = switch (activity) {
            case "CARD_SPEND", "SETTLEMENT" -> 300;
            case "INSURANCE" -> 5_000;
            default -> 50_000;
        };
        double value = scale * Math.exp(random.nextGaussian() * 0.9) + 1;
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
