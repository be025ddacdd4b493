package fr.nouage.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an audit entry says, kept as data: a message key and its arguments, rendered in the reader's
 * language when the log is read. An argument is a text as it was when the change was logged (a name,
 * a title), a number, a moment or a day (written in the reader's format), or another summary (a label
 * such as a role or an outcome, or a part such as "meeting of …"). Stored as JSON.
 */
record Summary(String key, List<Object> args) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    Summary {
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Number || arg instanceof Instant || arg instanceof LocalDate
                    || arg instanceof Summary)) {
                throw new IllegalArgumentException("argument of a summary: " + arg);
            }
        }
        args = List.copyOf(args);
    }

    static Summary of(String key, Object... args) {
        return new Summary(key, List.of(args));
    }

    String toJson() {
        return JSON.writeValueAsString(node(this));
    }

    static Summary fromJson(String json) {
        return read(JSON.readTree(json));
    }

    private static ObjectNode node(Summary summary) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", summary.key());
        ArrayNode args = node.putArray("args");
        for (Object arg : summary.args()) {
            ObjectNode a = args.addObject();
            if (arg instanceof String text) {
                a.put("text", text);
            } else if (arg instanceof Number number) {
                a.put("number", number.longValue());
            } else if (arg instanceof Instant moment) {
                a.put("moment", moment.toString());
            } else if (arg instanceof LocalDate day) {
                a.put("day", day.toString());
            } else {
                a.set("part", node((Summary) arg));
            }
        }
        return node;
    }

    private static Summary read(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : node.path("args")) {
            if (a.has("text")) {
                args.add(a.get("text").asString());
            } else if (a.has("number")) {
                args.add(a.get("number").asLong());
            } else if (a.has("moment")) {
                args.add(Instant.parse(a.get("moment").asString()));
            } else if (a.has("day")) {
                args.add(LocalDate.parse(a.get("day").asString()));
            } else {
                args.add(read(a.get("part")));
            }
        }
        return new Summary(node.path("key").asString(), args);
    }
}
