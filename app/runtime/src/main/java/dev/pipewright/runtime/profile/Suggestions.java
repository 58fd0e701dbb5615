package dev.pipewright.runtime.profile;

import java.util.Collection;
import java.util.Optional;

/** Kept for existing callers: the implementation is {@link dev.pipewright.core.text.Suggestions}. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> closest(String typed, Collection<String> candidates) {
        return dev.pipewright.core.text.Suggestions.closest(typed, candidates);
    }

    public static String didYouMean(String typed, Collection<String> candidates) {
        return dev.pipewright.core.text.Suggestions.didYouMean(typed, candidates);
    }

    public static String normalize(String s) {
        return dev.pipewright.core.text.Suggestions.normalize(s);
    }
}
