package org.fyptracker.contracts.plans;

import java.util.List;

/**
 * A part (篇). City plans number parts 1..n; a district plan may have none.
 *
 * @param title exactly as written after 第N篇 (a heading split over two lines is joined without a separator)
 * @param body  the part's introductory paragraphs before its first chapter
 */
public record Part(int number, String code, String title, List<String> body) {

    public Part {
        body = List.copyOf(body);
    }
}
