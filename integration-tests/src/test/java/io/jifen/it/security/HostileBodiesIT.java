package io.jifen.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import io.jifen.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Property-style: every POST and PUT the OpenAPI document lists, present and future, is fed hostile
 * bodies (NUL and other control characters, trailing garbage, wrong JSON types, unknown fields,
 * 2^63, far dates, 10,000-character strings, invalid UTF-8) by a caller holding every role. Each
 * must be a 4xx problem+json, and the database must hold exactly the rows it held before.
 */
@ExtendWith(RunningServer.class)
class HostileBodiesIT {
    private static final List<String> ALL_ROLES = List.of("partner", "core-banking", "admin", "procurement", "marketing",
            "fulfilment", "service", "auditor", "carrier");

    record Operation(String method, String path, JsonObject schema) {
    }

    /** A hostile body and the field its refusal must name (besides "body", for bodies that are not objects). */
    record Probe(String what, byte[] body, String field) {
        static Probe of(String what, String json, String field) {
            return new Probe(what, json.getBytes(StandardCharsets.UTF_8), field);
        }
    }

    @Test
    void every_post_and_put_refuses_hostile_bodies_with_a_4xx_problem_and_writes_nothing(Api api, TestDatabase database) {
        JsonObject openApi = openApi(api);
        List<Operation> operations = operations(openApi);
        assertThat(operations).as("operations with a JSON body in /openapi").hasSizeGreaterThan(30);
        String token = everyRoleToken(api);

        Map<String, Long> before = database.rowCounts();
        SoftAssertions soft = new SoftAssertions();
        int probes = 0;
        for (Operation operation : operations) {
            for (Probe probe : probes(operation.schema(), openApi)) {
                probes++;
                var response = api.send(api.request(operation.path(), token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", Api.uniqueId("hostile"))
                        .method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(probe.body())));
                String label = operation.method() + " " + operation.path() + " with " + probe.what() + " -> " + response;
                // 400 naming the probed field proves the reading policy refused it, not a later check
                soft.assertThat(response.status()).as(label).isEqualTo(400);
                soft.assertThat(response.contentType()).as(label).startsWith("application/problem+json");
                if (probe.field() != null && response.status() == 400 && response.json().containsKey("violations")) {
                    soft.assertThat(response.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                            .as(label).extracting(v -> v.getString("field")).containsAnyOf(probe.field(), "body");
                } else if (probe.field() != null) {
                    soft.fail(label + ": no violations named");
                }
            }
        }
        soft.assertThat(database.rowCounts()).as("rows after %d hostile requests", probes).isEqualTo(before);
        soft.assertAll();
    }

    private static JsonObject openApi(Api api) {
        var response = api.send(api.request("/openapi", null).header("Accept", "application/json").GET());
        assertThat(response.status()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String everyRoleToken(Api api) {
        StringBuilder groups = new StringBuilder();
        for (String role : ALL_ROLES) {
            groups.append(groups.isEmpty() ? "" : ",").append('"').append(role).append('"');
        }
        String partner = api.partner("it-hostile");
        String carrier = api.carrier("it-hostile");
        return api.mint("{\"subject\": \"it-hostile\", \"groups\": [" + groups + "], \"partner\": \"" + partner
                + "\", \"carrier\": \"" + carrier + "\"}");
    }

    /** Every POST and PUT under /api/v1 with a JSON body, its path parameters filled in. */
    private static List<Operation> operations(JsonObject openApi) {
        List<Operation> operations = new ArrayList<>();
        for (var path : openApi.getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith("/api/v1/") || path.getKey().startsWith("/api/v1/dev/")) {
                continue;
            }
            for (String method : List.of("post", "put")) {
                JsonObject operation = path.getValue().asJsonObject().getJsonObject(method);
                if (operation == null || !operation.containsKey("requestBody")) {
                    continue;
                }
                JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                JsonObject json = content == null ? null : content.getJsonObject("application/json");
                if (json == null) {
                    continue;
                }
                operations.add(new Operation(method.toUpperCase(), filled(path.getKey(), operation),
                        json.getJsonObject("schema")));
            }
        }
        return operations;
    }

    private static final Map<String, String> SHAPED_IDS = Map.of("fileId", "F-0123456789abcdef");

    private static String filled(String template, JsonObject operation) {
        String path = template;
        if (operation.containsKey("parameters")) {
            for (JsonObject parameter : operation.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                if (!"path".equals(parameter.getString("in", ""))) {
                    continue;
                }
                String type = parameter.containsKey("schema") ? parameter.getJsonObject("schema").getString("type", "string") : "string";
                String name = parameter.getString("name");
                // a parameter whose path template takes only its own id format gets an id of that format
                String value = SHAPED_IDS.getOrDefault(name, type.equals("integer") ? "1" : "probe-1");
                path = path.replace("{" + name + "}", value);
            }
        }
        return path.replaceAll("\\{[^}]+}", "probe-1");
    }

    /** The hostile bodies for one request schema, aimed at its own fields where it has them. */
    private static List<Probe> probes(JsonObject schema, JsonObject openApi) {
        Map<String, String> fields = fieldTypes(resolve(schema, openApi), openApi);
        Optional<String> text = first(fields, "string");
        Optional<String> whole = first(fields, "integer");
        Optional<String> instant = first(fields, "date-time");
        String anyField = fields.isEmpty() ? "probe" : fields.keySet().iterator().next();
        List<Probe> probes = new ArrayList<>();
        probes.add(Probe.of("trailing garbage", "{}xyz", "body"));
        probes.add(Probe.of("an unknown field", "{\"zzUnknownField\": 1}", "zzUnknownField"));
        probes.add(Probe.of("a bare string", "\"\\u0000\"", "body"));
        probes.add(Probe.of("a duplicate key", "{\"%1$s\": null, \"%1$s\": null}".formatted(anyField), anyField));
        probes.add(new Probe("invalid UTF-8", ("{\"" + anyField + "\": \"\u00c3\u0028\"}").getBytes(StandardCharsets.ISO_8859_1),
                "body"));
        text.ifPresent(field -> {
            probes.add(Probe.of("NUL in " + field, "{\"%s\": \"a\\u0000b\"}".formatted(field), field));
            probes.add(Probe.of("ESC in " + field, "{\"%s\": \"a\\u001b[2Jb\"}".formatted(field), field));
            probes.add(Probe.of("a number for " + field, "{\"%s\": 12345}".formatted(field), field));
            probes.add(Probe.of("an array for " + field, "{\"%s\": [\"X1\", \"Y2\"]}".formatted(field), field));
            // past a single-line field's 4,000 characters, or a multi-line one's own size limit
            probes.add(Probe.of("10k characters in " + field,
                    "{\"%s\": \"%s\"}".formatted(field, "x".repeat(10_000)), null));
        });
        whole.ifPresent(number -> {
            probes.add(Probe.of("2^63 in " + number, "{\"%s\": 9223372036854775808}".formatted(number), number));
            probes.add(Probe.of("a string for " + number, "{\"%s\": \"5\"}".formatted(number), number));
        });
        instant.ifPresent(date -> probes.add(
                Probe.of("a far date in " + date, "{\"%s\": \"+999999999-12-31T23:59:59Z\"}".formatted(date), date)));
        return probes;
    }

    private static Optional<String> first(Map<String, String> fields, String type) {
        return fields.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst();
    }

    /** Top-level fields and their kinds: string, integer, date-time, or other. */
    private static Map<String, String> fieldTypes(JsonObject schema, JsonObject openApi) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (schema == null || !schema.containsKey("properties")) {
            return fields;
        }
        for (var property : schema.getJsonObject("properties").entrySet()) {
            JsonObject type = resolve(property.getValue().asJsonObject(), openApi);
            String kind = type.getString("type", "other");
            if (kind.equals("string") && "date-time".equals(type.getString("format", ""))) {
                kind = "date-time";
            } else if (kind.equals("string") && type.containsKey("enum")) {
                kind = "enum";
            }
            fields.put(property.getKey(), kind);
        }
        return fields;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject openApi) {
        JsonObject current = schema;
        for (int hops = 0; current != null && hops < 5; hops++) {
            if (current.containsKey("$ref")) {
                String name = current.getString("$ref").substring("#/components/schemas/".length());
                current = openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
            } else if (current.containsKey("allOf") && current.getJsonArray("allOf").size() == 1) {
                current = current.getJsonArray("allOf").getJsonObject(0);
            } else if (current.containsKey("type") && current.get("type").getValueType() == JsonValue.ValueType.ARRAY) {
                // OpenAPI 3.1 nullable: ["string", "null"]
                String type = current.getJsonArray("type").getString(0);
                current = Json.createObjectBuilder(current).add("type", type).build();
            } else {
                return current;
            }
        }
        return current == null ? JsonValue.EMPTY_JSON_OBJECT : current;
    }
}
