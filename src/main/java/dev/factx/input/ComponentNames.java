package dev.factx.input;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A vocabulary that names a kind of page component in markup: single words ({@code comments},
 * {@code logo}) and two-word names ({@code most read}), looked for among the words of an
 * element's class names, id and component attributes. {@code ShareWrapper},
 * {@code share-wrapper} and {@code c-share__wrapper} all hold the word "share".
 *
 * <p>Each vocabulary remembers its verdicts on the attribute values it has seen
 * ({@link RememberedVerdicts}).
 *
 * <p>Thread-safe.
 */
final class ComponentNames {

    /**
     * Class names that carry an editor's taxonomy ({@code tag-social-housing}, {@code category-ads}
     * on a WordPress post): their words are free text, not a component name.
     */
    private static final Pattern TAXONOMY_CLASS = Pattern.compile("(?i)(?:tag|category|topic|term|keyword|section)[-_].*");

    /** Attributes that name a component, besides class and id. */
    private static final String[] NAME_ATTRIBUTES = {"data-component", "data-module", "data-testid", "data-widget"};

    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CLASS_SEPARATOR = Pattern.compile("\\s+");

    private final Set<String> words;
    private final Set<String> pairs;
    /** Whether "related" is a word: then any word starting with it names the component ("relatedposts"). */
    private final boolean relatedPrefix;
    private final RememberedVerdicts classVerdicts = new RememberedVerdicts(this::classesName);
    private final RememberedVerdicts nameVerdicts = new RememberedVerdicts(this::names);

    /**
     * @param words words in lower case, any of which names the component
     * @param pairs two lower-case words separated by one space, which name it together
     */
    ComponentNames(Set<String> words, Set<String> pairs) {
        this.words = Set.copyOf(words);
        this.pairs = Set.copyOf(pairs);
        this.relatedPrefix = words.contains("related");
    }

    /** True when a class, the id or a component attribute of the element names the component. */
    boolean named(Element e) {
        String classes = e.className();
        if (!classes.isEmpty() && classVerdicts.test(classes)) {
            return true;
        }
        String id = e.id();
        if (!id.isEmpty() && nameVerdicts.test(id)) {
            return true;
        }
        for (String attribute : NAME_ATTRIBUTES) {
            if (e.hasAttr(attribute) && nameVerdicts.test(e.attr(attribute))) {
                return true;
            }
        }
        return false;
    }

    /** The class names of a class attribute: separated by white space, none empty. */
    static String[] classNames(String classAttribute) {
        String trimmed = classAttribute.trim();
        return trimmed.isEmpty() ? new String[0] : CLASS_SEPARATOR.split(trimmed);
    }

    /** True when a class attribute (class names separated by white space) names the component. */
    boolean classesName(String classes) {
        for (String c : classNames(classes)) {
            if (!TAXONOMY_CLASS.matcher(c).matches() && names(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when one class name, an id or a component name holds a word or pair of the vocabulary. */
    boolean names(String name) {
        if (name.isBlank()) {
            return false;
        }
        String spaced = CAMEL_BOUNDARY.matcher(name).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        String previous = null;
        for (String token : NOT_ALNUM.split(spaced)) {
            if (token.isEmpty()) {
                continue;
            }
            if (words.contains(token) || (relatedPrefix && token.startsWith("related"))) {
                return true;
            }
            if (previous != null && pairs.contains(previous + " " + token)) {
                return true;
            }
            previous = token;
        }
        return false;
    }
}
