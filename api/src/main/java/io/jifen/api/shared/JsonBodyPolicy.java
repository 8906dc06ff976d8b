package io.jifen.api.shared;

import io.jifen.api.shared.Problem.Violation;
import io.jifen.shared.MultiLine;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one reading policy for every JSON body the API accepts, whatever the endpoint. A body is
 * read strictly before anything binds it: valid UTF-8, one JSON value and nothing after it, no key
 * twice, no field the request type does not have, every value of the JSON type its field declares,
 * no control characters in text (line breaks only in {@link MultiLine} fields) and instants within
 * a sane window. A lenient binder guesses (the last of two keys, the last element of an array for
 * a string, a number's digits for an id); a guessed value in a ledger is worse than a 400.
 */
public final class JsonBodyPolicy {
    /** Instants outside these years are typing mistakes or probes, and overflow date arithmetic. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2200;
    /** Calendar days (an account opened in 1987) reach further back than the instants we record. */
    public static final int FIRST_YEAR_OF_DAYS = 1900;
    public static final int MAX_SINGLE_LINE = 4_000;
    public static final int MAX_MULTI_LINE = 20_000;
    private static final int MAX_DEPTH = 32;
    private static final Map<Class<?>, Map<String, Property>> PROPERTIES = new ConcurrentHashMap<>();
    /** Values JSON-B reads from a JSON string; the binder checks their format. */
    private static final Set<Class<?>> TEXT_SCALARS = Set.of(UUID.class, URI.class,
            URL.class, YearMonth.class, LocalTime.class, ZoneId.class,
            Currency.class, Locale.class);

    private JsonBodyPolicy() {
    }

    /** The violations of this policy in a body meant for the given type; empty when it may be bound. */
    public static List<Violation> check(byte[] body, Type target) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return List.of(new Violation("body", "is not valid UTF-8"));
        }
        List<Violation> violations = new ArrayList<>();
        JsonValue root;
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                return List.of(new Violation("body", "is empty"));
            }
            root = read(parser, parser.next(), "", 0, violations);
            if (trailingContent(parser)) {
                violations.add(new Violation("body", "has content after the JSON value"));
            }
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            return List.of(new Violation("body", at == null ? "is not valid JSON"
                    : "is not valid JSON (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
        } catch (TooDeep e) {
            return List.of(new Violation("body", "nests deeper than " + MAX_DEPTH + " levels"));
        } catch (RuntimeException e) {
            return List.of(new Violation("body", "is not valid JSON"));
        }
        if (violations.isEmpty()) {
            conform(root, target, false, "", violations);
        }
        return violations;
    }

    /**
     * The violations of this policy in a value already read from a body that passed {@link #check}
     * (so its text, keys and depth were checked): whether it may be bound to the given type.
     */
    public static List<Violation> checkValue(JsonValue value, Type target) {
        List<Violation> violations = new ArrayList<>();
        conform(value, target, false, "", violations);
        return violations;
    }

    private static boolean trailingContent(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true;
        }
    }

    private static JsonValue read(JsonParser parser, JsonParser.Event event, String path, int depth,
                                  List<Violation> violations) {
        if (depth > MAX_DEPTH) {
            throw new TooDeep();
        }
        switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    String keyPath = join(path, key);
                    if (!keys.add(key)) {
                        violations.add(new Violation(keyPath, "appears more than once"));
                    }
                    object.add(key, read(parser, parser.next(), keyPath, depth + 1, violations));
                }
                return object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                int index = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(read(parser, next, path + "[" + index++ + "]", depth + 1, violations));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                return Json.createValue(parser.getString());
            }
            case VALUE_NUMBER -> {
                return Json.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw new JsonParsingException("unexpected " + event, parser.getLocation());
        }
    }

    /** Checks a value against the Java type it will be bound to. */
    private static void conform(JsonValue value, Type type, boolean multiLine, String path, List<Violation> out) {
        Class<?> raw = rawType(type);
        if (value == JsonValue.NULL) {
            if (raw.isPrimitive()) {
                out.add(new Violation(field(path), "must not be null"));
            }
            return;
        }
        if (raw == String.class || raw == CharSequence.class || TEXT_SCALARS.contains(raw)) {
            if (value instanceof JsonString string) {
                checkText(string.getString(), multiLine, path, out);
            } else {
                out.add(new Violation(field(path), "must be a JSON string"));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                out.add(new Violation(field(path), "must be true or false"));
            }
        } else if (isWholeNumber(raw)) {
            wholeNumber(value, raw, path, out);
        } else if (raw == BigDecimal.class || Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            if (!(value instanceof JsonNumber)) {
                out.add(new Violation(field(path), "must be a JSON number"));
            }
        } else if (raw.isEnum()) {
            enumValue(value, raw, path, out);
        } else if (isTemporal(raw)) {
            temporal(value, raw, path, out);
        } else if (raw == Duration.class) {
            if (!(value instanceof JsonString string) || !parses(() -> Duration.parse(string.getString()))) {
                out.add(new Violation(field(path), "must be an ISO-8601 duration such as PT48H"));
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                out.add(new Violation(field(path), "must be a JSON array"));
                return;
            }
            Type element = elementType(type, raw);
            var array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                conform(array.get(i), element, multiLine, path + "[" + i + "]", out);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                out.add(new Violation(field(path), "must be a JSON object"));
                return;
            }
            Type valueType = typeArgument(type, 1);
            for (var entry : value.asJsonObject().entrySet()) {
                checkText(entry.getKey(), false, join(path, entry.getKey()), out);
                conform(entry.getValue(), valueType, multiLine, join(path, entry.getKey()), out);
            }
        } else if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            anyValue(value, path, out);
        } else {
            object(value, raw, path, out);
        }
    }

    private static void object(JsonValue value, Class<?> raw, String path, List<Violation> out) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            out.add(new Violation(field(path), "must be a JSON object"));
            return;
        }
        Map<String, Property> properties = PROPERTIES.computeIfAbsent(raw, JsonBodyPolicy::propertiesOf);
        for (var entry : value.asJsonObject().entrySet()) {
            String fieldPath = join(path, entry.getKey());
            Property property = properties.get(entry.getKey());
            if (property == null) {
                out.add(new Violation(fieldPath, "is not a field of this request"));
            } else {
                conform(entry.getValue(), property.type(), property.multiLine(), fieldPath, out);
            }
        }
    }

    private record Property(Type type, boolean multiLine) {
    }

    /** The fields JSON-B binds: a record's components, or a bean's non-static, non-transient fields. */
    private static Map<String, Property> propertiesOf(Class<?> type) {
        Map<String, Property> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(jsonName(component, component.getName()),
                        new Property(component.getGenericType(), isMultiLine(component, fieldOf(type, component.getName()))));
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                        || f.isSynthetic() || f.isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                properties.putIfAbsent(jsonName(f, f.getName()), new Property(f.getGenericType(), isMultiLine(f)));
            }
        }
        return properties;
    }

    private static Field fieldOf(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean isMultiLine(AnnotatedElement... elements) {
        return Arrays.stream(elements).anyMatch(e -> e != null && e.isAnnotationPresent(MultiLine.class));
    }

    private static String jsonName(AnnotatedElement element, String name) {
        JsonbProperty property = element.getAnnotation(JsonbProperty.class);
        return property == null || property.value().isEmpty() ? name : property.value();
    }

    /** Text the database, the logs and the exports can hold as it is. */
    private static void checkText(String text, boolean multiLine, String path, List<Violation> out) {
        String problem = textProblem(text, multiLine);
        if (problem != null) {
            out.add(new Violation(field(path), problem));
        }
    }

    /**
     * What is wrong with this text as a value the bank stores and shows, or null: the one text rule
     * for bodies, paths and queries.
     */
    static String textProblem(String text, boolean multiLine) {
        int limit = multiLine ? MAX_MULTI_LINE : MAX_SINGLE_LINE;
        if (text.length() > limit) {
            return "is longer than " + limit + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired UTF-16 surrogate";
            } else if (!multiLine && isInvisibleLayout(c)) {
                return String.format("contains the layout character U+%04X (this field is one line)", (int) c);
            } else if (Character.getType(c) == Character.CONTROL
                    && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return String.format("contains the control character U+%04X%s", (int) c,
                        multiLine ? "" : " (this field is one line)");
            }
        }
        return null;
    }

    /** Line and paragraph separators and bidirectional overrides: they reorder or split what staff read. */
    private static boolean isInvisibleLayout(char c) {
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static void anyValue(JsonValue value, String path, List<Violation> out) {
        switch (value.getValueType()) {
            case STRING -> checkText(((JsonString) value).getString(), true, path, out);
            case ARRAY -> {
                var array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    anyValue(array.get(i), path + "[" + i + "]", out);
                }
            }
            case OBJECT -> value.asJsonObject().forEach((key, child) -> {
                checkText(key, false, join(path, key), out);
                anyValue(child, join(path, key), out);
            });
            default -> {
            }
        }
    }

    private static boolean isWholeNumber(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class;
    }

    private static void wholeNumber(JsonValue value, Class<?> raw, String path, List<Violation> out) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            out.add(new Violation(field(path), "must be a whole number"));
            return;
        }
        if (raw == BigInteger.class) {
            return;
        }
        BigInteger n = number.bigDecimalValue().toBigIntegerExact();
        long min;
        long max;
        if (raw == int.class || raw == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == short.class || raw == Short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (raw == byte.class || raw == Byte.class) {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        } else {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        }
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            out.add(new Violation(field(path), "is out of range"));
        }
    }

    private static void enumValue(JsonValue value, Class<?> raw, String path, List<Violation> out) {
        if (!(value instanceof JsonString string)) {
            out.add(new Violation(field(path), "must be a JSON string"));
            return;
        }
        Object[] constants = raw.getEnumConstants();
        for (Object constant : constants) {
            if (((Enum<?>) constant).name().equals(string.getString())) {
                return;
            }
        }
        List<String> names = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
        out.add(new Violation(field(path), "must be one of " + String.join(", ", names)));
    }

    private static boolean isTemporal(Class<?> raw) {
        return raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class
                || raw == LocalDate.class || raw == LocalDateTime.class;
    }

    private static void temporal(JsonValue value, Class<?> raw, String path, List<Violation> out) {
        if (!(value instanceof JsonString string)) {
            out.add(new Violation(field(path), "must be a JSON string"));
            return;
        }
        String text = string.getString();
        int year;
        try {
            if (raw == LocalDate.class) {
                year = LocalDate.parse(text).getYear();
            } else if (raw == LocalDateTime.class) {
                year = LocalDateTime.parse(text).getYear();
            } else if (raw == ZonedDateTime.class) {
                year = ZonedDateTime.parse(text).withZoneSameInstant(ZoneOffset.UTC).getYear();
            } else if (raw == OffsetDateTime.class) {
                year = OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).getYear();
            } else {
                year = instantYear(text);
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            out.add(new Violation(field(path), raw == LocalDate.class
                    ? "must be an ISO-8601 date such as 2026-01-31"
                    : "must be an ISO-8601 instant with offset such as 2026-01-31T08:00:00+08:00"));
            return;
        }
        int first = raw == LocalDate.class ? FIRST_YEAR_OF_DAYS : FIRST_YEAR;
        if (year < first || year > LAST_YEAR) {
            out.add(new Violation(field(path), "must be between the years " + first + " and " + LAST_YEAR));
        }
    }

    private static int instantYear(String text) {
        try {
            return Instant.parse(text).atOffset(ZoneOffset.UTC).getYear();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).getYear();
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return rawType(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return Array.newInstance(rawType(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
            return rawType(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type elementType(Type type, Class<?> raw) {
        if (raw.isArray()) {
            return type instanceof GenericArrayType a ? a.getGenericComponentType() : raw.getComponentType();
        }
        return typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }
}
