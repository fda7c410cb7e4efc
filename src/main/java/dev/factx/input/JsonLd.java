package dev.factx.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a page's JSON-LD blocks ({@code <script type="application/ld+json">}) say about the
 * article: its headline, publication date, authors and publisher, read the way schema.org lays
 * them out on news sites: one object, an array of objects, or an {@code @graph}, with the
 * publisher given in place or by an {@code @id} reference to another node.
 *
 * <p>The blocks are read leniently (raw line breaks inside strings, trailing commas, comments),
 * since CMS templates often write slightly broken JSON; a block that still fails to parse is
 * skipped. Immutable and thread-safe.
 */
final class JsonLd {

    /** A date and a headline declared together, such as the updates of a live blog. */
    record Dated(String headline, String datePublished) {
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /** Deeper nesting than this is not read (and no real page needs it). */
    private static final int MAX_DEPTH = 48;

    /** Every object of every block, in the order they are written. */
    private final List<Map<String, Object>> objects;

    private JsonLd(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    /** Reads the given script bodies; blocks that are not valid JSON are skipped. */
    static JsonLd read(List<String> blocks) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String block : blocks) {
            Object tree = parse(block);
            if (tree != null) {
                collect(tree, objects, 0);
            }
        }
        return new JsonLd(objects);
    }

    /**
     * The node that describes the article: the first whose {@code @type} is an article or a blog
     * post ({@code NewsArticle}, {@code ReportageNewsArticle}, {@code BlogPosting},
     * {@code LiveBlogPosting}, ...), or null.
     */
    private Map<String, Object> article() {
        for (Map<String, Object> o : objects) {
            for (String type : strings(o.get("@type"))) {
                String t = type.toLowerCase(Locale.ROOT);
                if (t.endsWith("article") || t.endsWith("posting") || t.endsWith("report")) {
                    return o;
                }
            }
        }
        return null;
    }

    /** The article's headline, or null. */
    String headline() {
        Map<String, Object> a = article();
        return a == null ? null : firstString(a.get("headline"));
    }

    /** The article's full text as the page declares it ({@code articleBody}), or null. */
    String articleBody() {
        Map<String, Object> a = article();
        return a == null ? null : firstString(a.get("articleBody"));
    }

    /** The article's {@code datePublished} as written, else the first one anywhere, or null. */
    String datePublished() {
        Map<String, Object> a = article();
        String d = a == null ? null : firstString(a.get("datePublished"));
        if (d != null) {
            return d;
        }
        for (Map<String, Object> o : objects) {
            d = firstString(o.get("datePublished"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The article's authors' names joined by ", " (a name may be given as a string or as a Person), or null. */
    String author() {
        Map<String, Object> a = article();
        Object author = a != null && a.containsKey("author") ? a.get("author") : null;
        if (author == null) {
            for (Map<String, Object> o : objects) {
                if (o.containsKey("author")) {
                    author = o.get("author");
                    break;
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (Object one : author instanceof List<?> list ? list : List.of(author == null ? "" : author)) {
            String name = one instanceof Map<?, ?> m ? firstString(resolve(m).get("name")) : firstString(one);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /**
     * The publisher's name: the article's {@code publisher} (resolved when it is only an
     * {@code @id}), else any node's publisher, else the {@code WebSite} node's name; or null.
     */
    String publisher() {
        Map<String, Object> a = article();
        String name = a == null ? null : nameOf(a.get("publisher"));
        if (name != null) {
            return name;
        }
        for (Map<String, Object> o : objects) {
            name = nameOf(o.get("publisher"));
            if (name != null) {
                return name;
            }
        }
        for (Map<String, Object> o : objects) {
            if (strings(o.get("@type")).contains("WebSite")) {
                name = firstString(o.get("name"));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Every node that has both a headline and a publication date, in order. */
    List<Dated> datedHeadlines() {
        List<Dated> out = new ArrayList<>();
        for (Map<String, Object> o : objects) {
            String h = firstString(o.get("headline"));
            String d = firstString(o.get("datePublished"));
            if (h != null && d != null) {
                out.add(new Dated(h, d));
            }
        }
        return out;
    }

    private String nameOf(Object node) {
        if (node instanceof List<?> list && !list.isEmpty()) {
            node = list.get(0);
        }
        if (node instanceof Map<?, ?> m) {
            return firstString(resolve(m).get("name"));
        }
        return firstString(node);
    }

    /** A node given only by {@code {"@id": ...}} is looked up among the nodes that carry that id. */
    private Map<?, ?> resolve(Map<?, ?> node) {
        if (node.get("name") != null) {
            return node;
        }
        String id = firstString(node.get("@id"));
        if (id != null) {
            for (Map<String, Object> o : objects) {
                if (o != node && id.equals(firstString(o.get("@id"))) && o.get("name") != null) {
                    return o;
                }
            }
        }
        return node;
    }

    private static void collect(Object tree, List<Map<String, Object>> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (tree instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) m;
            out.add(o);
            for (Object v : o.values()) {
                collect(v, out, depth + 1);
            }
        } else if (tree instanceof List<?> list) {
            for (Object v : list) {
                collect(v, out, depth + 1);
            }
        }
    }

    /** The strings of a value that is a string or a list of strings. */
    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            out.add(s);
        } else if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** A non-blank string, or the first non-blank string of a list, trimmed; else null. */
    private static String firstString(Object v) {
        if (v instanceof String s) {
            return s.isBlank() ? null : s.trim();
        }
        if (v instanceof List<?> list) {
            for (Object o : list) {
                String s = firstString(o);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The block as maps, lists and strings (numbers and booleans as their text), or null when it is not JSON. */
    private static Object parse(String block) {
        String s = block.trim();
        // Some CMSs wrap the block in an HTML comment or CDATA section.
        if (s.startsWith("<!--") && s.endsWith("-->")) {
            s = s.substring(4, s.length() - 3);
        }
        if (s.startsWith("/*<![CDATA[*/")) {
            s = s.substring("/*<![CDATA[*/".length());
        }
        try (JsonParser p = JSON.createParser(s)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            return value(p, first, 0);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            p.skipChildren();
            return null;
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> o = new LinkedHashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.putIfAbsent(name, value(p, p.nextToken(), depth + 1));
                }
                return o;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken v;
                while ((v = p.nextToken()) != JsonToken.END_ARRAY && v != null) {
                    list.add(value(p, v, depth + 1));
                }
                return list;
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getText();
            }
            default -> {
                return null;
            }
        }
    }
}
