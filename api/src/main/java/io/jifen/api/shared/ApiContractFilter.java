package io.jifen.api.shared;

import io.jifen.shared.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Finishes the served OpenAPI document the way client generators and linters read it, from one
 * place instead of 136 annotations: every operation gets a stable {@code operationId} (from its
 * method and path, unless it names its own) and the problem+json answers every call can get,
 * described once with the codes partners must handle.
 */
public class ApiContractFilter implements OASFilter {
    static final String PROBLEM = "Problem";

    /** The codes a problem may carry: the domain's and those of statuses no rule produces. */
    static List<String> problemCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (ErrorCode code : ErrorCode.values()) {
            codes.add(code.name());
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 413, 415, 422, 429}) {
            codes.add(Problems.codeOf(status));
        }
        return new ArrayList<>(codes);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // the scanner found the problem's violation record already: the problem refers to it
        boolean violationKnown = openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("Violation");
        openAPI.getComponents().addSchema(PROBLEM, problemSchema(violationKnown));
        // the document does not name a host: partners call the bank's, wherever it serves the API
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("the server that serves this document"))));
        openAPI.getComponents().addResponse(PROBLEM, OASFactory.createAPIResponse()
                .description("Refused: an RFC 9457 problem with a stable `code` (and `violations` or `reasons`)")
                .content(OASFactory.createContent().addMediaType(Problems.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))
                                .example(problemExample()))));
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
        Set<String> tags = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
                    operation.setOperationId(operationId(entry.getKey(), path.getKey()));
                }
                if (operation.getTags() == null || operation.getTags().isEmpty()) {
                    operation.setTags(new ArrayList<>(List.of(tag(path.getKey()))));
                }
                tags.addAll(operation.getTags());
                ContractExamples.addTo(operation, schemas);
                for (String status : refusals(entry.getKey(), path.getKey())) {
                    if (operation.getResponses() == null) {
                        operation.setResponses(OASFactory.createAPIResponses());
                    }
                    if (!operation.getResponses().hasAPIResponse(status)) {
                        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(PROBLEM));
                    }
                }
            }
        }
        List<org.eclipse.microprofile.openapi.models.tags.Tag> declared = new ArrayList<>();
        for (String name : tags) {
            declared.add(OASFactory.createTag().name(name).description(name.startsWith("Admin: ")
                    ? "Back-office operations on " + name.substring(7) + " (staff roles)"
                    : name + " (partners and core banking)"));
        }
        openAPI.setTags(declared);
    }

    /**
     * The group an operation is listed under, from its path: {@code /api/v1/orders/…} →
     * "Orders", {@code /api/v1/admin/purchase-orders/…} → "Admin: purchase orders".
     */
    static String tag(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("api") && !segment.equals("v1")) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            return "Service";
        }
        boolean admin = segments.getFirst().equals("admin") && segments.size() > 1;
        String words = (admin ? segments.get(1) : segments.getFirst()).replace('-', ' ');
        return admin ? "Admin: " + words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code GET /api/v1/admin/risk/alerts/{id}} → {@code getAdminRiskAlertsById}. */
    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals("api") || segment.equals("v1")) {
                continue;
            }
            boolean parameter = segment.startsWith("{");
            String word = parameter ? segment.substring(1, segment.indexOf(segment.contains(":") ? ':' : '}')).strip()
                    : segment;
            if (parameter) {
                id.append("By");
            }
            for (String part : word.split("[^A-Za-z0-9]+")) {
                if (!part.isEmpty()) {
                    id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
        }
        return id.toString();
    }

    /** What any call may be refused with; 404 where a path names something, 409 where it changes something. */
    static List<String> refusals(PathItem.HttpMethod method, String path) {
        List<String> statuses = new ArrayList<>(List.of("400", "401", "403"));
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            statuses.add("409");
        }
        statuses.add("429");
        return statuses;
    }

    /** A refusal as partners meet it most: a redemption beyond the customer's balance. */
    static Map<String, Object> problemExample() {
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("type", "https://jifen.io/problems/insufficient-points");
        example.put("title", "Insufficient points");
        example.put("status", 409);
        example.put("detail", "needs 12000 points, the balance is 8842");
        example.put("code", "INSUFFICIENT_POINTS");
        example.put("requestId", "a5f8eb84-32e3-4b12-8992-2bb6c366a9d5");
        return example;
    }

    private static Schema problemSchema(boolean violationKnown) {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = violationKnown ? OASFactory.createSchema().ref("Violation")
                : OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).addProperty("field", text)
                        .addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `code` is stable, `title` and `detail` are for people")
                .required(List.of("type", "title", "status", "code"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(new ArrayList<>(problemCodes())))
                .addProperty("requestId", text)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("each refused field: `field` and `message`")
                        .items(violation))
                .addProperty("reasons", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("each rule that refused: `code` (such as UNDER_REVIEW or FOUR_EYES) and `message`")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("code", text).addProperty("message", text)));
    }
}
