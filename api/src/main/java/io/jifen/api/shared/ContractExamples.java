package io.jifen.api.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example for every JSON request and success answer of the contract, built from its schema:
 * an example a DTO field declares ({@code @Schema(example = …)}) is taken as it is, otherwise one
 * is made from the field's type, format, enumeration, bounds and name. Partners see a body they
 * can send as it stands; the linter checks each example against its schema.
 */
final class ContractExamples {
    /** Deep enough for an order with its lines and address; deeper nesting is left out. */
    private static final int MAX_DEPTH = 12;

    /** What a string field with a pattern is tried with, first the value its name suggests. */
    private static final List<String> SHAPED = List.of("199.00", "1.5", "12345678", "GOLD", "CODE_1", "C0000001",
            "https://partner.example.com/jifen/events", "partner", "2026-12", "2026-12-31", "text");

    /** Values for fields whose name says what they hold, where the type alone would not. */
    private static final Map<String, Object> BY_NAME = Map.ofEntries(
            Map.entry("currency", "CNY"),
            Map.entry("amount", "199.00"),
            Map.entry("unitprice", "25.00"),
            Map.entry("allocated", "200000.00"),
            Map.entry("email", "li.wei@example.com"),
            Map.entry("phone", "13800000000"),
            Map.entry("url", "https://partner.example.com/jifen/events"),
            Map.entry("reason", "goodwill after a complaint"),
            Map.entry("note", "checked against the source file"),
            Map.entry("name", "礼品卡 100 元"),
            Map.entry("nameen", "Gift card 100 yuan"),
            Map.entry("city", "上海"),
            Map.entry("period", "2026-12"),
            Map.entry("budgetperiod", "2026-12"),
            Map.entry("sku", "GIFT-CARD-100"),
            Map.entry("location", "CENTRAL"),
            Map.entry("locationcode", "CENTRAL"));

    private ContractExamples() {
    }

    static void addTo(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody() != null) {
            addTo(operation.getRequestBody().getContent(), schemas);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getRef() == null) {
                    addTo(response.getContent(), schemas);
                }
            });
        }
    }

    private static void addTo(Content content, Map<String, Schema> schemas) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            MediaType type = media.getValue();
            if (media.getKey().contains("json") && type.getSchema() != null && type.getExample() == null
                    && (type.getExamples() == null || type.getExamples().isEmpty())) {
                Object example = example(type.getSchema(), "", schemas, 0);
                if (example != null) {
                    type.setExample(example);
                }
            }
        }
    }

    static Object example(Schema schema, String name, Map<String, Schema> schemas, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            String ref = schema.getRef();
            return example(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), name, schemas, depth + 1);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        for (List<Schema> choice : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (choice != null) {
                for (Schema option : choice) {
                    Object value = example(option, name, schemas, depth + 1);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.ARRAY) || schema.getItems() != null) {
            Object item = example(schema.getItems(), singular(name), schemas, depth + 1);
            if (item == null && schema.getMinItems() != null && schema.getMinItems() > 0) {
                return null;
            }
            List<Object> list = new ArrayList<>();
            if (item != null) {
                list.add(item);
            }
            return list;
        }
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                    Object value = example(property.getValue(), property.getKey(), schemas, depth + 1);
                    if (value != null) {
                        object.put(property.getKey(), value);
                    } else if (schema.getRequired() != null && schema.getRequired().contains(property.getKey())) {
                        return null;
                    }
                }
            }
            return object;
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            long value = name.toLowerCase(Locale.ROOT).contains("point") ? 1000 : 1;
            return bounded(BigDecimal.valueOf(value), schema).longValue();
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return bounded(new BigDecimal("199.00"), schema);
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return Boolean.TRUE;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return text(schema, name);
        }
        return null;
    }

    private static BigDecimal bounded(BigDecimal value, Schema schema) {
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum();
        }
        if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum();
        }
        return value;
    }

    private static Object text(Schema schema, String name) {
        Object made = unshaped(schema, name);
        String value = made.toString();
        if (schema.getPattern() != null) {
            java.util.regex.Pattern pattern;
            try {
                pattern = java.util.regex.Pattern.compile(schema.getPattern());
            } catch (RuntimeException unreadable) {
                return null;
            }
            if (!pattern.matcher(value).find()) {
                value = SHAPED.stream().filter(v -> pattern.matcher(v).find()).findFirst()
                        .orElseGet(() -> alternative(schema.getPattern()));
                if (value == null || !pattern.matcher(value).find()) {
                    return null;
                }
            }
        }
        if (schema.getMinLength() != null && value.length() < schema.getMinLength()) {
            value = value + "x".repeat(schema.getMinLength() - value.length());
        }
        if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
            value = value.substring(0, schema.getMaxLength());
        }
        return value;
    }

    /** The first word of a pattern that lists its words ({@code FRAUD|NOT_FRAUD}). */
    private static String alternative(String pattern) {
        String bare = pattern.replaceAll("^\\^?\\(?", "").replaceAll("\\)?\\$?$", "");
        String first = bare.split("\\|")[0];
        return first.matches("[A-Za-z0-9_-]+") ? first : null;
    }

    private static Object unshaped(Schema schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (format) {
            case "date":
                return "2026-12-31";
            case "date-time":
                return "2026-11-30T08:00:00Z";
            case "uri", "url":
                return "https://partner.example.com/jifen/events";
            case "uuid":
                return "3f0c8a52-5a7e-4c1b-9d7e-2b1f6f0a9c11";
            case "email":
                return "li.wei@example.com";
            default:
                break;
        }
        Object known = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("at")) {
            return "2026-11-30T08:00:00Z";
        }
        if (lower.endsWith("date") || lower.startsWith("valid") || lower.endsWith("by") && lower.startsWith("expected")) {
            return "2026-12-31";
        }
        if (lower.endsWith("id")) {
            return name.isEmpty() ? "ID-1" : Character.toUpperCase(name.charAt(0)) + "-1001";
        }
        return "text";
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
