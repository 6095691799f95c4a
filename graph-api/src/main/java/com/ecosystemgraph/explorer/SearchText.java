package com.ecosystemgraph.explorer;

import com.ecosystemgraph.graphql.BadRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a Lucene query for the full-text index: the words (letters and
 * digits) only, each as a prefix, all required. Lucene's syntax characters never reach the index,
 * so no input can break or widen the query.
 */
final class SearchText {

    static final int MAX_LENGTH = 200;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchText() {
    }

    static String toLuceneQuery(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("'text' must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BadRequestException("'text' is " + text.length() + " characters; at most " + MAX_LENGTH);
        }
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find() && terms.size() < 10) {
            terms.add(m.group());
        }
        if (terms.isEmpty()) {
            throw new BadRequestException("'text' needs at least one letter or digit");
        }
        List<String> clauses = new ArrayList<>();
        for (String term : terms) {
            clauses.add("+(" + term + " OR " + term + "*)");
        }
        return String.join(" ", clauses);
    }
}
