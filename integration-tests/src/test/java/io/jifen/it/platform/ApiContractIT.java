package io.jifen.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document partners generate their clients from, as served: every operation named and its
 * refusals described, and Redocly's recommended rules without a single warning.
 */
@ExtendWith(RunningServer.class)
class ApiContractIT {
    @Test
    void every_operation_has_a_unique_id_and_documents_its_problem_answers(Api api) {
        var served = api.send(api.request("/openapi?format=JSON", null).header("Accept", "application/json").GET());
        assertThat(served.status()).isEqualTo(200);
        JsonObject doc = Json.createReader(new StringReader(served.body())).readObject();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var method : path.getValue().asJsonObject().entrySet()) {
                JsonObject operation = method.getValue().asJsonObject();
                operations++;
                String id = operation.getString("operationId", null);
                assertThat(id).as(method.getKey() + " " + path.getKey()).isNotBlank().matches("[A-Za-z][A-Za-z0-9]*");
                assertThat(ids.add(id)).as("operationId " + id + " is unique").isTrue();
                assertThat(operation.getJsonObject("responses").keySet()).as(id).contains("400", "401", "403", "429");
            }
        }
        assertThat(operations).isGreaterThan(100);
        assertThat(doc.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem")
                .getJsonObject("properties").getJsonObject("code").getJsonArray("enum").toString())
                .contains("INSUFFICIENT_POINTS", "OUT_OF_STOCK", "NOT_ELIGIBLE", "IDEMPOTENCY_CONFLICT", "RATE_LIMITED");
    }

    /**
     * The contract file the partner client is generated from (src/test/openapi) is the document
     * the server serves, so PartnerClientIT proves the served contract. When the API changes, the
     * served document is left in target/openapi/jifen-api.json: copy it over the file.
     */
    @Test
    void the_contract_the_client_is_generated_from_is_the_served_document(Api api) throws Exception {
        var served = api.send(api.request("/openapi?format=JSON", null).header("Accept", "application/json").GET());
        assertThat(served.status()).isEqualTo(200);
        JsonObject doc = Json.createReader(new StringReader(served.body())).readObject();
        Path committed = Path.of("src", "test", "openapi", "jifen-api.json");
        JsonObject contract = Json.createReader(Files.newBufferedReader(committed, StandardCharsets.UTF_8)).readObject();
        if (!doc.equals(contract)) {
            Path fresh = Path.of("target", "openapi", "jifen-api.json");
            Files.createDirectories(fresh.getParent());
            var pretty = Json.createWriterFactory(java.util.Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true));
            try (var writer = pretty.createWriter(Files.newBufferedWriter(fresh, StandardCharsets.UTF_8))) {
                writer.writeObject(doc);
            }
            throw new AssertionError("the served API document differs from " + committed
                    + "; if the change is meant, copy " + fresh.toAbsolutePath() + " over it");
        }
    }

    @Test
    void every_operation_is_tagged_and_has_examples_of_its_json_bodies(Api api) {
        var served = api.send(api.request("/openapi?format=JSON", null).header("Accept", "application/json").GET());
        JsonObject doc = Json.createReader(new StringReader(served.body())).readObject();
        Set<String> declared = new HashSet<>();
        doc.getJsonArray("tags").getValuesAs(JsonObject.class).forEach(tag -> declared.add(tag.getString("name")));
        int bodies = 0;
        for (var path : doc.getJsonObject("paths").entrySet()) {
            for (var method : path.getValue().asJsonObject().entrySet()) {
                JsonObject operation = method.getValue().asJsonObject();
                String id = operation.getString("operationId");
                assertThat(operation.getString("summary", "")).as(id).isNotBlank();
                assertThat(operation.getJsonArray("tags")).as(id).isNotEmpty();
                assertThat(declared).as(id).contains(operation.getJsonArray("tags").getString(0));
                if (operation.containsKey("requestBody")) {
                    var json = operation.getJsonObject("requestBody").getJsonObject("content")
                            .getJsonObject("application/json");
                    if (json != null && !json.getJsonObject("schema").containsKey("format")) {
                        bodies++;
                        assertThat(json.containsKey("example")).as(id + " request example").isTrue();
                    }
                }
            }
        }
        assertThat(bodies).isGreaterThan(40);
    }

    @Test
    void redocly_finds_nothing_to_warn_about_with_its_recommended_rules(Api api) throws Exception {
        String redocly = System.getenv("JIFEN_REDOCLY");
        assertThat(redocly).as("JIFEN_REDOCLY, the Redocly CLI that ./jifen test installs").isNotBlank();
        var served = api.get("/openapi", null);
        assertThat(served.status()).isEqualTo(200);
        Path document = Path.of("target", "openapi.yaml").toAbsolutePath();
        Files.writeString(document, served.body(), StandardCharsets.UTF_8);
        Path report = Path.of("target", "openapi-lint.json").toAbsolutePath();
        Path log = Path.of("target", "openapi-lint.log").toAbsolutePath();
        Process lint = new ProcessBuilder(redocly, "lint", document.toString(), "--format=json", "--max-problems", "1000")
                .redirectOutput(report.toFile()).redirectError(log.toFile()).start();
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).as("redocly finished").isTrue();
        String output = Files.readString(report);
        JsonObject totals = Json.createReader(new StringReader(output)).readObject().getJsonObject("totals");
        assertThat(totals.getInt("errors")).as(output).isZero();
        assertThat(totals.getInt("warnings")).as(output).isZero();
        assertThat(lint.exitValue()).as(output + Files.readString(log)).isZero();
    }
}
