package fr.nouage.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a list of the API, asked with {@code ?page=} (from 0) and {@code ?size=} (1 to
 * {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} by default). The answer is a JSON array of the page's
 * elements, with the total in {@code X-Total-Count} and RFC 8288 links in {@code Link}:
 * {@code rel="next"} while more remain, {@code rel="prev"}, {@code rel="first"} and {@code rel="last"}.
 *
 * @param page number of the page, from 0
 * @param size elements per page
 */
public record ApiPage(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * The page asked, {@code null} values taking the defaults.
     *
     * @throws InvalidPage for a negative page or a size outside 1..{@value #MAX_SIZE}
     */
    public static ApiPage of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || s < 1 || s > MAX_SIZE || (long) p * s > Integer.MAX_VALUE) {
            throw new InvalidPage();
        }
        return new ApiPage(p, s);
    }

    /** How many elements come before this page. */
    public int offset() {
        return page * size;
    }

    /** This page of a list held whole (short lists), in the list's order. */
    public <T> List<T> of(List<T> all) {
        if (offset() >= all.size()) {
            return List.of();
        }
        return all.subList(offset(), Math.min(all.size(), offset() + size));
    }

    /** The answer: the page's elements mapped to their JSON form, with the total and the links. */
    public <T, J> ResponseEntity<List<J>> answer(List<T> elements, long total, Function<T, J> json) {
        UriComponentsBuilder self = ServletUriComponentsBuilder.fromCurrentRequest();
        List<String> links = new ArrayList<>();
        long lastPage = total == 0 ? 0 : (total - 1) / size;
        if ((long) offset() + elements.size() < total) {
            links.add(link(self, page + 1, "next"));
        }
        if (page > 0) {
            links.add(link(self, (int) Math.min(page - 1, lastPage), "prev"));
        }
        links.add(link(self, 0, "first"));
        links.add(link(self, (int) lastPage, "last"));
        return ResponseEntity.ok().header("Link", String.join(", ", links))
                .header("X-Total-Count", Long.toString(total)).body(elements.stream().map(json).toList());
    }

    private String link(UriComponentsBuilder self, int number, String rel) {
        String uri = self.cloneBuilder().replaceQueryParam("page", number).replaceQueryParam("size", size)
                .build().toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }

    /** A page number or size the API does not serve: a 400 problem document. */
    public static final class InvalidPage extends RefusedOperation {

        InvalidPage() {
            super(Reason.INVALID, "api.error.page", MAX_SIZE);
        }
    }
}
