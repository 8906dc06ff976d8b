package io.jifen.it.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.JifenServer;
import io.jifen.it.support.RunningServer;
import io.jifen.it.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two servers watch one inbox: every file dropped there is imported exactly once. */
@ExtendWith(RunningServer.class)
@EnabledIfSystemProperty(named = "jifen.it.database", matches = "postgresql")
class InboxTwoServersIT {
    private static final String HEADER = "type,sourceTxnId,customerId,activity,productCode,amount,currency,occurredAt\n";
    private static final String WHEN = Instant.now().minusSeconds(3600).toString();

    @Test
    void files_dropped_into_an_inbox_two_servers_watch_are_each_imported_once(Api api, TestDatabase database) throws Exception {
        try (JifenServer second = JifenServer.startBeside(database, "inbox-watcher", Map.of())) {
            List<String> customers = new ArrayList<>();
            List<Long> before = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Path folder = JifenServer.inbox().resolve("transactions");
            for (int i = 0; i < 6; i++) {
                String customer = api.newCustomer();
                customers.add(customer);
                before.add(api.balance(customer));
                String body = HEADER + "ACCRUAL," + Api.uniqueId("T") + "," + customer + ",DEPOSIT,,1000.00,CNY," + WHEN + "\n";
                String name = Api.uniqueId("two") + ".csv";
                names.add(name);
                Files.writeString(folder.resolve(name + ".part"), ImportIT.withTrailer(body, 1, ','), StandardCharsets.UTF_8);
            }
            // all at once, as a night's files arrive
            for (String name : names) {
                Files.move(folder.resolve(name + ".part"), folder.resolve(name));
            }
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
                while (ImportIT.filesNamed(api, name).isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                var imported = ImportIT.filesNamed(api, name);
                assertThat(imported).as(name).hasSize(1);
                assertThat(ImportIT.awaitEnd(api, imported.getFirst().getString("id")).getString("status")).isEqualTo("COMPLETED");
                assertThat(api.balance(customers.get(i))).isEqualTo(before.get(i) + 20);
            }
            try (var left = Files.list(folder)) {
                assertThat(left.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString)
                        .filter(names::contains)).isEmpty();
            }
        }
    }
}
