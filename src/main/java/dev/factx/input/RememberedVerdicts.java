package dev.factx.input;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A test on attribute values that remembers its verdicts. A page repeats the same class
 * attribute on many elements, and every page of a site repeats them again, while testing one
 * means splitting it with regexes. Up to {@link #REMEMBERED} values are kept; then it starts
 * afresh. The test must depend on the value alone, so that output never depends on what was seen
 * before.
 *
 * <p>Thread-safe when the test is.
 */
final class RememberedVerdicts {

    /** How many values are remembered before all are forgotten. */
    static final int REMEMBERED = 4096;

    private final Predicate<String> test;
    private final ConcurrentHashMap<String, Boolean> verdicts = new ConcurrentHashMap<>();

    RememberedVerdicts(Predicate<String> test) {
        this.test = test;
    }

    boolean test(String value) {
        Boolean verdict = verdicts.get(value);
        if (verdict == null) {
            verdict = test.test(value);
            if (verdicts.size() >= REMEMBERED) {
                verdicts.clear();
            }
            verdicts.put(value, verdict);
        }
        return verdict;
    }
}
